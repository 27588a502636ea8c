package no.oslo.styring.contract;

import java.time.Instant;

/**
 * Data shared by the period reports ({@code budget.report.v1}, {@code indicator.report.v1}, {@code climate.report.v1}): one
 * report per unit and closed period. A period closed again gives a new revision, never an overwrite.
 *
 * @param submissions how many submissions the unit made for the period
 */
public record PeriodReportV1(String unit, String periodId, int revision, Instant generatedAt, int submissions) {
}
