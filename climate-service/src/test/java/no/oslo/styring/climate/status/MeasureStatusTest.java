package no.oslo.styring.climate.status;

import java.util.Locale;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.climate.ClimateTestData;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.TestTokens;
import no.oslo.styring.platform.testing.UnitSubmissionBehaviour;

@QuarkusTest
class MeasureStatusTest extends UnitSubmissionBehaviour {

    @Override
    protected String submissionsPath() {
        return "/api/v1/measure-status";
    }

    /** Each test unit is responsible for Helseetaten's measures in the period's year (keys and codes its own). */
    @Override
    protected boolean prepare(String unit, String periodId) {
        return ClimateTestData.importJson(ClimateTestData.helseetaten(Integer.parseInt(periodId.substring(0, 4)), unit),
                TestTokens.department()).statusCode() == 201;
    }

    @Override
    protected String validBody(String unit, String periodId) {
        return """
                {"unit":"%s","periodId":"%s","indicator":"%s-hel-andel-utslippsfrie-tunge-kjoretoy","value":40,
                 "status":"AT_RISK","comment":"Beredskapskjøretøy og spesialkjøretøy vil skje senere enn 2025"}"""
                .formatted(unit, periodId, unit.toLowerCase(Locale.ROOT));
    }

    @Override
    protected Map<String, String> invalidBodies(String unit, String periodId) {
        String body = "{\"unit\":\"%s\",\"periodId\":\"%s\",\"indicator\":%s,\"status\":%s,\"value\":%s}";
        return Map.of(
                "status", body.formatted(unit, periodId, "\"x\"", "\"FINE\"", "1"),
                "indicator", body.formatted(unit, periodId, "null", "\"ON_TRACK\"", "1"),
                "value", body.formatted(unit, periodId, "\"x\"", "\"ON_TRACK\"", "\"mye\""),
                "periodId", body.formatted(unit, "2025-13", "\"x\"", "\"ON_TRACK\"", "1"));
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
