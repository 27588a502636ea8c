package no.oslo.styring.platform.reporting;

import java.time.Instant;

import no.oslo.styring.platform.period.PeriodId;

/** What a service contributes to a period close: the content of its report for one unit, and where it is published. */
public interface PeriodReportSource {

    /** The topic of this service's reports, e.g. {@code styring.budget.reports}. */
    String topic();

    /** The CloudEvents type of the report, e.g. {@code no.oslo.styring.budget.report.v1}. */
    String eventType();

    /** The report data for one unit; it is stored, and published as the event's data. */
    Object report(KnownUnit unit, PeriodId period, int revision, Instant generatedAt);
}
