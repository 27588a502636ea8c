package no.oslo.styring.budget.status;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.UnitSubmissionBehaviour;

@QuarkusTest
class BudgetStatusTest extends UnitSubmissionBehaviour {

    @Override
    protected String submissionsPath() {
        return "/api/v1/budget-status";
    }

    @Override
    protected String validBody(String unit, String periodId) {
        return """
                {"unit":"%s","periodId":"%s","actualsToDate":512044,"yearEndForecast":1210000,"comment":"Merforbruk legevakt"}"""
                .formatted(unit, periodId);
    }

    @Override
    protected Map<String, String> invalidBodies(String unit, String periodId) {
        String body = "{\"unit\":\"%s\",\"periodId\":\"%s\",\"actualsToDate\":%s,\"yearEndForecast\":%s}";
        return Map.of(
                "actualsToDate", body.formatted(unit, periodId, "12.5", "100"),
                "yearEndForecast", body.formatted(unit, periodId, "100", "-1"),
                "periodId", body.formatted(unit, "2025-Q5", "100", "100"),
                "unit", "{\"periodId\":\"%s\",\"actualsToDate\":1,\"yearEndForecast\":1}".formatted(periodId),
                "amount", "{\"unit\":\"%s\",\"periodId\":\"%s\",\"actualsToDate\":1,\"yearEndForecast\":1,\"amount\":3}"
                        .formatted(unit, periodId));
    }

    @Override
    protected String reportTopic() {
        return Topics.BUDGET_REPORTS;
    }

    @Override
    protected String reportType() {
        return EventTypes.BUDGET_REPORT;
    }
}
