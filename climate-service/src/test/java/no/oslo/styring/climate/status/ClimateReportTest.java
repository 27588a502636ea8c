package no.oslo.styring.climate.status;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.climate.ClimateTestData;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.EventContract;
import no.oslo.styring.platform.testing.SuiteEvents;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestKafka;
import no.oslo.styring.platform.testing.TestTokens;

/** Status reports evaluated against their targets, the close's report per responsible unit, and the city-wide view. */
@QuarkusTest
class ClimateReportTest {

    @Test
    void statusesAreEvaluatedAndTheCloseReportsEveryResponsibleUnitIncludingThoseThatDidNotReport() {
        List<String> units = ClimateTestData.knownUnits(3);
        int year = TestIds.year();
        String q1 = year + "-Q1";
        String p = units.get(0).toLowerCase(Locale.ROOT);
        // one measure for all three units with two indicators; and Helseetaten's table for the first alone
        ClimateTestData.importJson(ClimateTestData.table(year, p, units, "100 %", ">=80"), TestTokens.department()).then()
                .statusCode(201);
        String a = units.get(0);
        ClimateTestData.submit(TestTokens.reporter(a), a, q1, p + "-0", "100", "ON_TRACK").then().statusCode(201)
                .body("value", equalTo(100));
        ClimateTestData.submit(TestTokens.reporter(a), a, q1, p + "-1", "75", "AT_RISK").then().statusCode(201)
                .body("measure", equalTo(p + "-tiltak"));
        String b = units.get(1);
        ClimateTestData.submit(TestTokens.reporter(b), b, q1, p + "-0", "99.5", "OFF_TRACK").then().statusCode(201);

        // refused: another unit's reporter, an unknown indicator, a period type the indicator is not reported in
        ClimateTestData.submit(TestTokens.reporter(b), a, q1, p + "-0", "1", "ON_TRACK").then().statusCode(403);
        ClimateTestData.submit(TestTokens.reporter(a), a, q1, "finnes-ikke", "1", "ON_TRACK").then().statusCode(422)
                .body("errors[0].field", equalTo("indicator"));
        ClimateTestData.submit(TestTokens.reporter(a), a, year + "-M02", p + "-0", "1", "ON_TRACK").then().statusCode(400)
                .body("errors[0].field", equalTo("periodId"))
                .body("errors[0].message", containsString("not in February " + year));
        // the letters ask for the klimabudsjett at «1. kvartal, 2. tertial og årsberetning»: not at 2. kvartal
        ClimateTestData.submit(TestTokens.reporter(a), a, year + "-Q2", p + "-0", "1", "ON_TRACK").then().statusCode(400)
                .body("errors[0].message", containsString("at Q1, T2, annual report (Q1, T2, Y), not in Q2 " + year));
        given().auth().oauth2(TestTokens.reporter(a)).get("/api/v1/period-reports/{p}/preview", year + "-Q2").then()
                .statusCode(200).body("[0].report.counts.due", equalTo(0)).body("[0].report.missing", hasSize(0));
        given().auth().oauth2(TestTokens.reporter(a)).get("/api/v1/period-reports/{p}/preview", year + "-T2").then()
                .statusCode(200).body("[0].report.counts.due", equalTo(2));

        given().auth().oauth2(TestTokens.reporter(a)).queryParam("unit", a).queryParam("period", q1)
                .get("/api/v1/climate-evaluations").then().statusCode(200)
                .body("counts.due", equalTo(2)).body("counts.met", equalTo(1)).body("counts.notMet", equalTo(1))
                .body("indicators[1].explanationNb", equalTo("75 ikke >= 80 (måltall >=80)"))
                .body("indicators[1].status", equalTo("AT_RISK"));
        given().auth().oauth2(TestTokens.reporter(b)).queryParam("unit", a).queryParam("period", q1)
                .get("/api/v1/climate-evaluations").then().statusCode(403);

        given().auth().oauth2(TestTokens.reader()).queryParam("period", q1).get("/api/v1/climate-overview").then()
                .statusCode(200)
                .body("measures.find { it.key == '" + p + "-tiltak' }.responsibleUnits", equalTo(3))
                .body("measures.find { it.key == '" + p + "-tiltak' }.indicators[0].met", equalTo(1))
                .body("measures.find { it.key == '" + p + "-tiltak' }.indicators[0].notMet", equalTo(1))
                .body("measures.find { it.key == '" + p + "-tiltak' }.indicators[0].notReported", equalTo(1))
                .body("measures.find { it.key == '" + p + "-tiltak' }.indicators[0].offTrack", equalTo(1))
                .body("measures.find { it.key == '" + p + "-tiltak' }.indicators[1].notReported", equalTo(2));
        given().auth().oauth2(TestTokens.reporter(a)).queryParam("period", q1).get("/api/v1/climate-overview").then()
                .statusCode(403);

        SuiteEvents.periodClosed(q1, 1);
        String c = units.get(2);
        Predicate<ConsumerRecord<String, String>> ofC = r -> c.equals(r.key())
                && (c + "/" + q1).equals(TestKafka.header(r, "ce_subject"));
        JsonNode silent = EventContract.assertConforms(TestKafka.awaitRecord(Topics.CLIMATE_REPORTS, ofC,
                Duration.ofSeconds(30)));
        assertEquals(2, silent.at("/counts/missing").asInt(), "a responsible unit that did not report is listed");
        assertEquals(List.of(p + "-0", p + "-1"), ClimateTestData.JSON.convertValue(silent.get("missing"), List.class));
        Predicate<ConsumerRecord<String, String>> ofA = r -> a.equals(r.key())
                && (a + "/" + q1).equals(TestKafka.header(r, "ce_subject"));
        JsonNode reported = EventContract.assertConforms(TestKafka.awaitRecord(Topics.CLIMATE_REPORTS, ofA,
                Duration.ofSeconds(30)));
        assertEquals(1, reported.path("revision").asInt());
        assertEquals("MET", reported.at("/indicators/0/outcome").asText());
        assertEquals("ON_TRACK", reported.at("/indicators/0/status").asText());
        assertEquals("ENERGY", reported.at("/indicators/0/category").asText());
        assertEquals("NOT_MET", reported.at("/indicators/1/outcome").asText());
    }

    /** The shared cases of the target grammar (platform/targets) give the same outcomes here as in the indicator-service. */
    @Test
    void theSharedTargetCasesEvaluateTheSameWayHere() throws IOException {
        String unit = ClimateTestData.knownUnits(1).get(0);
        int year = TestIds.year();
        String period = year + "-Y";
        String p = unit.toLowerCase(Locale.ROOT);
        List<String[]> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(getClass().getClassLoader()
                .getResourceAsStream("no/oslo/styring/targets/target-cases.tsv"), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
                    .filter(c -> c[3].equals("-")) // earlier results come from the unit's årsberetning: not here
                    .forEach(cases::add);
        }
        ObjectNode table = ClimateTestData.table(year, p, List.of(unit));
        ArrayNode indicators = table.withArray("/measures/0/indicators");
        for (int i = 0; i < cases.size(); i++) {
            indicators.addObject().put("code", p + "-" + i).put("name", "Case " + i).put("target", cases.get(i)[0])
                    .put("direction", cases.get(i)[1]).putArray("reportingPoints").add("Y");
        }
        ClimateTestData.importJson(table, TestTokens.department()).then().statusCode(201);
        for (int i = 0; i < cases.size(); i++) {
            String value = cases.get(i)[2].equals("-") ? "null" : cases.get(i)[2];
            ClimateTestData.submit(TestTokens.reporter(unit), unit, period, p + "-" + i, value, "ON_TRACK").then()
                    .statusCode(201);
        }
        JsonNode results = ClimateTestData.JSON.valueToTree(given().auth().oauth2(TestTokens.reader()).queryParam("unit", unit)
                .queryParam("period", period).get("/api/v1/climate-evaluations").then().statusCode(200).extract()
                .jsonPath().getList("indicators"));
        assertEquals(cases.size(), results.size());
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(cases.get(i)[4], results.get(i).path("outcome").asText(), "case " + String.join(" | ", cases.get(i)));
        }
    }
}
