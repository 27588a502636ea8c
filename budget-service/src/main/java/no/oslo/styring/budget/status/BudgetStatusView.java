package no.oslo.styring.budget.status;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetStatus", description = "A submitted budget status with its derived deviation, amounts in 1 000 kr")
public record BudgetStatusView(long id, String unit, String periodId, long actualsToDate, long yearEndForecast, String comment,
        String submittedBy, Instant submittedAt,
        @Schema(description = "Derived: the unit's frame for the period's year, as it is now; null if it has none") Long frame,
        @Schema(description = "Derived: frame minus forecast; positive is mindreforbruk, negative merforbruk") Long deviation,
        @Schema(description = "Derived: MINDREFORBRUK, MERFORBRUK or I_BALANSE") Deviation.Kind deviationKind) {

    static BudgetStatusView of(BudgetStatus s, Long frame) {
        Deviation d = Deviation.of(frame, s.yearEndForecast);
        return new BudgetStatusView(s.id, s.unitCode, s.periodId, s.actualsToDate, s.yearEndForecast, s.comment, s.submittedBy,
                s.submittedAt, frame, d == null ? null : d.amount(), d == null ? null : d.kind());
    }
}
