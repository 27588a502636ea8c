package no.oslo.styring.climate.budget;

import java.util.Map;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;

import no.oslo.styring.contract.BudgetFrameChangedV1;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.IndicatorChangedV1;
import no.oslo.styring.platform.consume.EventIntake;

/**
 * Learns the budget-service's frames from {@code styring.budget.changes} and the indicator-service's indicators from
 * {@code styring.indicator.changes}, so that a measure's budget line (unit, chapter, year) and related indicator can be
 * checked without calling those services. Applying an event again changes nothing. A record that cannot be processed goes
 * to this service's dead-letter topic of its topic ({@link EventIntake}).
 */
@ApplicationScoped
public class LinkedFactsConsumer {

    @Inject
    EntityManager em;

    @Inject
    EventIntake intake;

    /** Learns the indicator-service's indicators from {@code styring.indicator.changes}. */
    @Incoming("indicator-changes")
    @Blocking(ordered = true)
    public CompletionStage<Void> onIndicatorRecord(KafkaRecord<String, byte[]> record) {
        return intake.take(record,
                Map.of(EventTypes.INDICATOR_CHANGED, e -> learnIndicator(intake.data(e, IndicatorChangedV1.class))));
    }

    /** Learns the budget-service's frames (unit, chapter, year) from {@code styring.budget.changes}. */
    @Incoming("budget-changes")
    @Blocking(ordered = true)
    public CompletionStage<Void> onBudgetRecord(KafkaRecord<String, byte[]> record) {
        return intake.take(record,
                Map.of(EventTypes.BUDGET_FRAME_CHANGED, e -> learnFrame(intake.data(e, BudgetFrameChangedV1.class))));
    }

    @Transactional
    void learnIndicator(IndicatorChangedV1 indicator) {
        em.createNativeQuery("insert into known_indicator (year, code, in_letter) values (?1, ?2, ?3) "
                + "on conflict (year, code) do update set in_letter = excluded.in_letter").setParameter(1, indicator.year())
                .setParameter(2, indicator.code()).setParameter(3, indicator.inLetter()).executeUpdate();
    }

    @Transactional
    void learnFrame(BudgetFrameChangedV1 frame) {
        em.createNativeQuery("insert into known_budget_line (unit_code, chapter, year, frame_id) values (?1, ?2, ?3, ?4) "
                + "on conflict (unit_code, chapter, year) do update set frame_id = excluded.frame_id")
                .setParameter(1, frame.unit()).setParameter(2, frame.chapter()).setParameter(3, frame.letterYear())
                .setParameter(4, frame.frameId()).executeUpdate();
    }
}
