package no.oslo.styring.contract;

import java.time.Instant;
import java.util.List;

/**
 * Data of {@code no.oslo.styring.indicator.changed.v1} on {@code styring.indicator.changes}: a result indicator of a
 * letter year was created or changed by an import of the letter, or left out of it ({@code inLetter = false}). Keyed by
 * the indicator's code; the subject is {@code <year>/<code>}. Dashboards and the climate-service (which checks a measure's
 * related indicator against it) learn the indicators from here.
 *
 * @param measure one of the six measures of the first version where the indicator's unit and value kind mean exactly
 *            one of them ({@code PERCENT}: «prosent», 0–100), otherwise {@code OTHER}; read {@code unitOfMeasure} and
 *            {@code valueKind}
 * @param periodTypes the period types its reporting points reach (M, Q, T, H, Y), for consumers of the first version
 * @param reportingPoints the points of the year the letter asks it reported at ({@code Q1}, {@code T2}, {@code Y},
 *            {@code M05}; {@code M} is every month, {@code Q}, {@code T}, {@code H} every quarter, tertial, half)
 * @param units the units the letter is sent to (every indicator of a letter applies to each of them)
 * @param targets the target per year, as printed, in the shared target grammar
 * @param unitOfMeasure the unit as the letter prints it: «prosent», «antall», «µg/m³»
 * @param valueKind WHOLE, DECIMAL, PERCENT (0–100) or SCORE
 * @param decimals the most decimals a value may have, or null for any
 * @param unitTargets units' own targets («lokale måltall»), which a unit is judged against instead of the letter's
 */
public record IndicatorChangedV1(
        String code,
        int year,
        long indicatorId,
        String letterTitle,
        String name,
        String measure,
        String direction,
        List<String> periodTypes,
        List<String> reportingPoints,
        List<String> units,
        List<YearTarget> targets,
        boolean inLetter,
        Instant changedAt,
        String changedBy,
        String unitOfMeasure,
        String valueKind,
        Integer decimals,
        List<UnitTarget> unitTargets) {

    /** A unit's own target of a year, in the shared target grammar. */
    public record UnitTarget(String unit, int year, String target) {
    }

    /** A year's target as printed, e.g. {@code >75,2 %}. */
    public record YearTarget(int year, String target) {
    }
}
