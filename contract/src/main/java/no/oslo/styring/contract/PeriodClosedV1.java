package no.oslo.styring.contract;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Data of {@code no.oslo.styring.period.closed.v1}: a reporting period was closed. {@code closeRevision} counts the closes of
 * this period (1 for the first, 2 after a reopen and a new close).
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
        int closeRevision) {
}
