package no.oslo.styring.budget.status;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetStatus", description = "A submitted budget status, amounts in 1 000 kr")
public record BudgetStatusView(long id, String unit, String periodId, long actualsToDate, long yearEndForecast, String comment,
        String submittedBy, Instant submittedAt) {

    static BudgetStatusView of(BudgetStatus s) {
        return new BudgetStatusView(s.id, s.unitCode, s.periodId, s.actualsToDate, s.yearEndForecast, s.comment, s.submittedBy,
                s.submittedAt);
    }
}
