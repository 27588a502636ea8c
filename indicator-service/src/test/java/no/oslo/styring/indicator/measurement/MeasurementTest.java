package no.oslo.styring.indicator.measurement;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.indicator.IndicatorTestData;
import no.oslo.styring.platform.testing.TestTokens;
import no.oslo.styring.platform.testing.UnitSubmissionBehaviour;

@QuarkusTest
class MeasurementTest extends UnitSubmissionBehaviour {

    @Override
    protected String submissionsPath() {
        return "/api/v1/measurements";
    }

    /** Each test unit gets its own letter for the period's year, with one quarterly indicator named after the unit. */
    @Override
    protected boolean prepare(String unit, String periodId) {
        ObjectNode letter = IndicatorTestData.letter(Integer.parseInt(periodId.substring(0, 4)), unit);
        IndicatorTestData.indicator(letter, code(unit), "PERCENT", "HIGHER_IS_BETTER", "80", "Q", "T", "Y");
        return IndicatorTestData.importLetter(letter, TestTokens.department()).statusCode() == 201;
    }

    private static String code(String unit) {
        return "svartid-" + unit.toLowerCase(Locale.ROOT);
    }

    @Override
    protected String validBody(String unit, String periodId) {
        return """
                {"unit":"%s","periodId":"%s","indicator":"%s","value":81.5}"""
                .formatted(unit, periodId, code(unit));
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
