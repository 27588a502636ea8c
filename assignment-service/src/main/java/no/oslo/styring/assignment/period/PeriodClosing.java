package no.oslo.styring.assignment.period;

import java.time.Instant;
import java.util.List;

import no.oslo.styring.platform.period.PeriodId;

/**
 * Fired (synchronously, inside the close's transaction) when department staff or the deadline close a period, so that
 * what this service reports on a close is written in the same transaction as the close itself.
 *
 * @param reopenedUnits the units whose reopening this close ends, or null for a period's ordinary close (all units)
 */
public record PeriodClosing(PeriodId period, Instant closedAt, int closeRevision, List<String> reopenedUnits) {
}
