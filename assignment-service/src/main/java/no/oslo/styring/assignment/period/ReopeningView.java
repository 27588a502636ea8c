package no.oslo.styring.assignment.period;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reopening", description = "A closed period reopened for one unit (audited: who, when, why, until when)")
public record ReopeningView(long id, String periodId, String unit, String reason, Instant reopenedAt, String reopenedBy,
        Instant expiresAt,
        @Schema(description = "Set by the next close, which issues the unit's reports again") Instant closedAt,
        String closedBy) {

    static ReopeningView of(PeriodReopening r) {
        return new ReopeningView(r.id, r.periodId, r.unitCode, r.reason, r.reopenedAt, r.reopenedBy, r.expiresAt, r.closedAt,
                r.closedBy);
    }
}
