package no.oslo.styring.climate.status;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.UnitSubmissionBehaviour;

@QuarkusTest
class MeasureStatusTest extends UnitSubmissionBehaviour {

    @Override
    protected String submissionsPath() {
        return "/api/v1/measure-status";
    }

    @Override
    protected String validBody(String unit, String periodId) {
        return """
                {"unit":"%s","periodId":"%s","measure":"nullutslippskjoretoy","status":"AT_RISK","comment":"Spesialkjøretøy senere"}"""
                .formatted(unit, periodId);
    }

    @Override
    protected Map<String, String> invalidBodies(String unit, String periodId) {
        String body = "{\"unit\":\"%s\",\"periodId\":\"%s\",\"measure\":%s,\"status\":%s}";
        return Map.of(
                "status", body.formatted(unit, periodId, "\"x\"", "\"FINE\""),
                "measure", body.formatted(unit, periodId, "null", "\"ON_TRACK\""),
                "periodId", body.formatted(unit, "2025-13", "\"x\"", "\"ON_TRACK\""));
    }

    @Override
    protected String reportTopic() {
        return Topics.CLIMATE_REPORTS;
    }

    @Override
    protected String reportType() {
        return EventTypes.CLIMATE_REPORT;
    }
}
