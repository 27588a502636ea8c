package no.oslo.styring.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Data of {@code no.oslo.styring.indicator.report.v1}: a unit's result indicators for a closed period, each with its value,
 * the target of the year and the evaluation, and the counts met / not met / no target / missing. Indicators due in the
 * period that the unit did not report are listed with {@code reported = false} and in {@code missing}, never left out.
 *
 * @param submissions how many measurements the unit submitted for the period (the latest per indicator counts)
 * @param year the letter year whose indicators and targets apply
 * @param counts how the due indicators came out
 * @param indicators every indicator due from the unit in this period
 * @param missing the codes of the due indicators without a value
 * @param tiltak the latest status of each tiltak the unit reported for the period
 */
public record IndicatorReportV1(
        String unit,
        String periodId,
        int revision,
        Instant generatedAt,
        int submissions,
        int year,
        Counts counts,
        List<IndicatorResult> indicators,
        List<String> missing,
        List<TiltakResult> tiltak) {

    /** How the due indicators came out: {@code met + notMet + noTarget + missing = due}. */
    public record Counts(int due, int met, int notMet, int noTarget, int missing) {
    }

    /**
     * One indicator's result.
     *
     * @param value the latest value the unit submitted, or null
     * @param target the year's target as printed ("*" when the letter sets none)
     * @param outcome MET, NOT_MET, NO_TARGET or NO_DATA
     * @param threshold the number the value was compared with (for "at least as good as 2023": that result), or null
     * @param measure the first version's measure where the unit and value kind mean one exactly, otherwise OTHER
     * @param unitOfMeasure the unit as the letter prints it
     * @param valueKind WHOLE, DECIMAL, PERCENT or SCORE
     * @param targetSource LETTER (the letter's target) or UNIT (the unit's own, «lokalt måltall»)
     */
    public record IndicatorResult(String code, String name, String measure, String direction, boolean reported,
            BigDecimal value, String target, String outcome, BigDecimal threshold, String explanationNb,
            String explanationEn, Instant submittedAt, String unitOfMeasure, String valueKind, String targetSource) {
    }

    /** The latest status of a tiltak for the period: NOT_STARTED, IN_PROGRESS, DONE or WITHDRAWN. */
    public record TiltakResult(String key, String text, String status, String comment, Instant submittedAt) {
    }
}
