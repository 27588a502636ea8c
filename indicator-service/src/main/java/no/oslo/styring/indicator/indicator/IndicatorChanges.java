package no.oslo.styring.indicator.indicator;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.IndicatorChangedV1;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.indicator.letter.IndicatorLetter;
import no.oslo.styring.platform.outbox.Outbox;

/**
 * What others see of an indicator, and its {@code indicator.changed.v1}: published by a letter's import and by a
 * change of a unit's own figures, in the caller's transaction (outbox).
 */
@ApplicationScoped
public class IndicatorChanges {

    @Inject
    Outbox outbox;

    /** What others see of an indicator: a change in any of it is an event. */
    public static List<Object> content(IndicatorEntity e, List<String> units) {
        return List.of(e.name, e.format(), e.direction, List.copyOf(e.reportingPoints), List.copyOf(e.targets),
                List.copyOf(e.unitTargets),
                List.copyOf(units), e.inLetter);
    }

    /** {@code indicator.changed.v1} on {@code styring.indicator.changes}, in the caller's transaction (outbox). */
    public void publish(IndicatorLetter letter, IndicatorEntity e) {
        outbox.publish(Topics.INDICATOR_CHANGES, e.code, EventTypes.INDICATOR_CHANGED, e.year + "/" + e.code,
                new IndicatorChangedV1(e.code, e.year, e.id, letter.title, e.name, e.format().legacyMeasureName(),
                        e.direction.name(), e.points().periodTypes(), e.reportingPoints, letter.units, e.targets.stream()
                                .map(t -> new IndicatorChangedV1.YearTarget(t.year(), t.target())).toList(),
                        e.inLetter, letter.importedAt, letter.importedBy, e.unitOfMeasure, e.valueKind.name(), e.decimals,
                        e.unitTargets.stream().map(t -> new IndicatorChangedV1.UnitTarget(t.unit(), t.year(), t.target()))
                                .toList()));
    }
}
