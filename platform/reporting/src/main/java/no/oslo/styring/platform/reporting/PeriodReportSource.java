package no.oslo.styring.platform.reporting;

import java.time.Instant;
import java.util.Set;

import no.oslo.styring.platform.period.PeriodId;

/**
 * What a service contributes to a period close: the content of its report for each unit, and where it is published. A close
 * reports on every unit, so a source reads what it needs for all units at once in {@link #prepare}, not per unit.
 */
public interface PeriodReportSource {

    /** The topic of this service's reports, e.g. {@code styring.budget.reports}. */
    String topic();

    /** The CloudEvents type of the report, e.g. {@code no.oslo.styring.budget.report.v1}. */
    String eventType();

    /** Reads what the period's reports need, for all units (inside the close's transaction). */
    Reports prepare(PeriodId period);

    /**
     * The same, with the reading narrowed to the given units (null: all): a chunk of a close, or a preview of one unit's
     * report; the reports of other units may then be incomplete. A source whose reading for all units is cheap need not
     * narrow it.
     */
    default Reports prepare(PeriodId period, Set<String> units) {
        return prepare(period);
    }

    /** The reports of one period close. */
    @FunctionalInterface
    interface Reports {

        /** The report data for one unit; it is stored, and published as the event's data. */
        Object report(KnownUnit unit, int revision, Instant generatedAt);
    }
}
