package no.oslo.styring.contract;

import java.time.Instant;

/**
 * Data of {@code no.oslo.styring.budget.report.v1}: a unit's budget status for a closed period. Amounts are exact integers in
 * 1 000 kr. {@code frame} is the unit's frame for the period's year as it stood at the close; {@code deviation} is the frame
 * minus the year-end forecast (positive: mindreforbruk, negative: merforbruk). A unit that submitted nothing is reported
 * with {@code reported = false} and null figures, never left out. {@code due} says whether the unit's letter asked for a
 * budget status at this period (Helseetaten 2025: 1. kvartal, May, 2. tertial, årsberetning); a unit not reported where
 * none was due is not missing anything.
 */
public record BudgetReportV1(
        String unit,
        String periodId,
        int revision,
        Instant generatedAt,
        int submissions,
        boolean reported,
        int year,
        String amountUnit,
        Long frame,
        Long actualsToDate,
        Long yearEndForecast,
        Long deviation,
        String deviationKind,
        String comment,
        Instant submittedAt,
        boolean due) {
}
