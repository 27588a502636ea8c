package no.oslo.styring.climate.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;

import no.oslo.styring.contract.BudgetFrameChangedV1;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.IndicatorChangedV1;
import no.oslo.styring.platform.json.EventData;

/**
 * Learns the budget-service's frames from {@code styring.budget.changes} and the indicator-service's indicators from
 * {@code styring.indicator.changes}, so that a measure's budget line (unit, chapter, year) and related indicator can be
 * checked without calling those services. Applying an event again changes nothing.
 */
@ApplicationScoped
public class LinkedFactsConsumer {

    private static final Logger LOG = Logger.getLogger(LinkedFactsConsumer.class);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Learns the indicator-service's indicators from {@code styring.indicator.changes}. */
    @Incoming("indicator-changes")
    @Blocking(ordered = true)
    @Transactional
    public void onIndicatorChange(CloudEvent event) {
        if (!EventTypes.INDICATOR_CHANGED.equals(event.getType())) {
            LOG.debugf("Ignoring %s on styring.indicator.changes", event.getType());
            return;
        }
        IndicatorChangedV1 indicator = EventData.read(json, event, IndicatorChangedV1.class);
        if (indicator == null) {
            return;
        }
        em.createNativeQuery("insert into known_indicator (year, code, in_letter) values (?1, ?2, ?3) "
                + "on conflict (year, code) do update set in_letter = excluded.in_letter").setParameter(1, indicator.year())
                .setParameter(2, indicator.code()).setParameter(3, indicator.inLetter()).executeUpdate();
    }

    @Incoming("budget-changes")
    @Blocking(ordered = true)
    @Transactional
    public void onBudgetChange(CloudEvent event) {
        if (!EventTypes.BUDGET_FRAME_CHANGED.equals(event.getType())) {
            LOG.debugf("Ignoring %s on styring.budget.changes", event.getType());
            return;
        }
        BudgetFrameChangedV1 frame = EventData.read(json, event, BudgetFrameChangedV1.class);
        if (frame == null) {
            return;
        }
        em.createNativeQuery("insert into known_budget_line (unit_code, chapter, year, frame_id) values (?1, ?2, ?3, ?4) "
                + "on conflict (unit_code, chapter, year) do update set frame_id = excluded.frame_id")
                .setParameter(1, frame.unit()).setParameter(2, frame.chapter()).setParameter(3, frame.letterYear())
                .setParameter(4, frame.frameId()).executeUpdate();
    }
}
