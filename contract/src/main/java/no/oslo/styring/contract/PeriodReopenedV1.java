package no.oslo.styring.contract;

import java.time.Instant;

/**
 * Data of {@code no.oslo.styring.period.reopened.v1}: department staff reopened a closed period for one unit. Until
 * {@code expiresAt}, or until the period is closed again, that unit's submissions for the period are accepted.
 */
public record PeriodReopenedV1(
        String periodId,
        String unit,
        String reason,
        Instant reopenedAt,
        String reopenedBy,
        Instant expiresAt) {
}
