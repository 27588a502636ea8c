package no.oslo.styring.indicator.measurement;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.UnitSubmissionBehaviour;

@QuarkusTest
class MeasurementTest extends UnitSubmissionBehaviour {

    @Override
    protected String submissionsPath() {
        return "/api/v1/measurements";
    }

    @Override
    protected String validBody(String unit, String periodId) {
        return """
                {"unit":"%s","periodId":"%s","indicator":"svartid-legevaktsentralen","value":81.5}"""
                .formatted(unit, periodId);
    }

    @Override
    protected Map<String, String> invalidBodies(String unit, String periodId) {
        String body = "{\"unit\":\"%s\",\"periodId\":\"%s\",\"indicator\":%s,\"value\":%s}";
        return Map.of(
                "value", body.formatted(unit, periodId, "\"x\"", "\"åtti\""),
                "indicator", body.formatted(unit, periodId, "\"\"", "1"),
                "periodId", body.formatted(unit, "2025-T4", "\"x\"", "1"));
    }

    @Override
    protected String reportTopic() {
        return Topics.INDICATOR_REPORTS;
    }

    @Override
    protected String reportType() {
        return EventTypes.INDICATOR_REPORT;
    }
}
