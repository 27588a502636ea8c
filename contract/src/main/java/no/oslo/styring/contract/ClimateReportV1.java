package no.oslo.styring.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Data of {@code no.oslo.styring.climate.report.v1}: a responsible unit's climate-budget reporting for a closed period:
 * for each reporting indicator due from it, the value, status and comment it submitted, the target and the evaluation,
 * with the counts. A unit that did not report an indicator has it listed with {@code reported = false} and in
 * {@code missing}, never left out.
 *
 * @param submissions how many statuses the unit submitted for the period (the latest per indicator counts)
 */
public record ClimateReportV1(
        String unit,
        String periodId,
        int revision,
        Instant generatedAt,
        int submissions,
        int year,
        Counts counts,
        List<IndicatorResult> indicators,
        List<String> missing) {

    /** met + notMet + noTarget + missing = due. */
    public record Counts(int due, int met, int notMet, int noTarget, int missing) {
    }

    /**
     * One reporting indicator of a measure.
     *
     * @param status ON_TRACK, AT_RISK or OFF_TRACK as the unit reported it, or null
     * @param outcome MET, NOT_MET, NO_TARGET or NO_DATA: the value against the target, in the shared grammar
     */
    public record IndicatorResult(String measure, String measureText, String category, String code, String name,
            boolean reported, BigDecimal value, String status, String comment, String target, String outcome,
            BigDecimal threshold, String explanationNb, String explanationEn, Instant submittedAt) {
    }
}
