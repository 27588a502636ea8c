package no.oslo.styring.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Data of {@code no.oslo.styring.period.closed.v1}: a reporting period was closed. {@code closeRevision} counts the closes of
 * this period (1 for the first, 2 after a reopen and a new close). {@code units} is null for a close of the whole period; a
 * close that ends reopenings names the reopened units, and only their reports are issued again (with the next revision).
 */
public record PeriodClosedV1(
        String periodId,
        String periodType,
        int year,
        LocalDate start,
        LocalDate end,
        LocalDate deadline,
        Instant closedAt,
        String closedBy,
        int closeRevision,
        List<String> units) {

    /** A close of the whole period. */
    public PeriodClosedV1(String periodId, String periodType, int year, LocalDate start, LocalDate end, LocalDate deadline,
            Instant closedAt, String closedBy, int closeRevision) {
        this(periodId, periodType, year, start, end, deadline, closedAt, closedBy, closeRevision, null);
    }
}
