package no.oslo.styring.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.EventContract;
import no.oslo.styring.platform.testing.TestKafka;

/**
 * The backbone, end to end, with real tokens: department staff close 2025-Q1 at the assignment-service; the close reaches
 * the budget, indicator and climate services over Kafka; each locks the period and publishes one report per unit of the
 * seed letters (Helseetaten and the 15 bydeler).
 */
class PeriodCloseEndToEndTest {

    private static final String PERIOD = "2025-Q1";
    private static final Map<String, String> REPORT_TOPICS = Map.of(
            Topics.BUDGET_REPORTS, EventTypes.BUDGET_REPORT,
            Topics.INDICATOR_REPORTS, EventTypes.INDICATOR_REPORT,
            Topics.CLIMATE_REPORTS, EventTypes.CLIMATE_REPORT);
    /** Helseetaten and the 15 bydeler: the reporting units of the seed letters. */
    private static final Set<String> UNITS = Set.of("HEL", "030101", "030102", "030103", "030104", "030105", "030106",
            "030107", "030108", "030109", "030110", "030111", "030112", "030113", "030114", "030115");

    @Test
    void closingTheFirstQuarterLocksItEverywhereAndPublishesEveryUnitsReports() {
        String admin = Stack.token("admin-hls");
        String hel = Stack.token("rapportor-hel");

        Stack.at("assignment").auth().oauth2(admin).get("/api/v1/periods/{id}", PERIOD).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("labelNb", equalTo("1. kvartal 2025"));
        // the services learn the units from styring.units: once they have, Helseetaten's reporter can submit to each
        submitOnceKnown("budget", "/api/v1/budget-status", hel,
                "{\"unit\":\"HEL\",\"periodId\":\"2025-Q1\",\"actualsToDate\":301000,\"yearEndForecast\":1206593}");
        submitOnceKnown("indicator", "/api/v1/measurements", hel,
                "{\"unit\":\"HEL\",\"periodId\":\"2025-Q1\",\"indicator\":\"hel-svartid-legevaktsentralen\",\"value\":81.5}");
        submitOnceKnown("climate", "/api/v1/measure-status", hel,
                "{\"unit\":\"HEL\",\"periodId\":\"2025-Q1\",\"indicator\":\"hel-vegetarmat-standard\",\"value\":100,"
                        + "\"status\":\"ON_TRACK\",\"comment\":\"Vegetar som standard siden januar\"}");
        for (String service : new String[]{"budget", "indicator", "climate"}) {
            await().atMost(Duration.ofSeconds(60)).until(() -> Stack.at(service).auth().oauth2(admin).get("/api/v1/units")
                    .then().extract().jsonPath().getList("code", String.class).containsAll(UNITS));
        }

        Stack.at("assignment").auth().oauth2(admin).post("/api/v1/periods/{id}/close", PERIOD).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedBy", equalTo("admin-hls"));

        ConsumerRecord<String, String> closed = TestKafka.awaitRecord(Topics.PERIODS, r -> PERIOD.equals(r.key()),
                Duration.ofSeconds(30));
        assertEquals(EventTypes.PERIOD_CLOSED, TestKafka.header(closed, "ce_type"));
        EventContract.assertConforms(closed);

        for (var topic : REPORT_TOPICS.entrySet()) {
            List<ConsumerRecord<String, String>> reports = TestKafka.awaitRecords(topic.getKey(),
                    r -> String.valueOf(TestKafka.header(r, "ce_subject")).endsWith("/" + PERIOD), UNITS.size(),
                    Duration.ofSeconds(60));
            Map<String, JsonNode> byUnit = reports.stream()
                    .collect(Collectors.toMap(ConsumerRecord::key, EventContract::assertConforms));
            assertEquals(UNITS, byUnit.keySet(), topic.getKey());
            reports.forEach(r -> assertEquals(topic.getValue(), TestKafka.header(r, "ce_type")));
            byUnit.values().forEach(report -> assertEquals(1, report.path("revision").asInt()));
            assertEquals(1, byUnit.get("HEL").path("submissions").asInt(), topic.getKey());
            assertEquals(0, byUnit.get("030115").path("submissions").asInt(), topic.getKey());
            if (topic.getKey().equals(Topics.BUDGET_REPORTS)) {
                // Helseetaten's forecast is exactly its frame (kap. 314, 2025); the bydeler have no 2025 letter here
                JsonNode helReport = byUnit.get("HEL");
                assertEquals(1_206_593, helReport.path("frame").asLong());
                assertEquals(0, helReport.path("deviation").asLong());
                assertEquals("I_BALANSE", helReport.path("deviationKind").asText());
                assertEquals(false, byUnit.get("030115").path("reported").asBoolean());
            }
            if (topic.getKey().equals(Topics.INDICATOR_REPORTS)) {
                // Helseetaten reports two indicators quarterly: svartid 81,5 against 80 is met; etterslep is missing
                JsonNode helReport = byUnit.get("HEL");
                assertEquals(2, helReport.at("/counts/due").asInt());
                assertEquals(1, helReport.at("/counts/met").asInt());
                assertEquals(1, helReport.at("/counts/missing").asInt());
                assertEquals("hel-tannhelse-etterslep-innkallinger-barn-unge", helReport.at("/missing/0").asText());
                assertEquals("MET", helReport.at("/indicators/1/outcome").asText());
                assertEquals("80", helReport.at("/indicators/1/target").asText());
                assertEquals(0, byUnit.get("030115").at("/counts/due").asInt(), "the bydeler have no 2025 letter here");
            }
            if (topic.getKey().equals(Topics.CLIMATE_REPORTS)) {
                // Helseetaten answers for three measures with four indicators at 100 %; it reported one of them
                JsonNode helReport = byUnit.get("HEL");
                assertEquals(4, helReport.at("/counts/due").asInt());
                assertEquals(1, helReport.at("/counts/met").asInt());
                assertEquals(3, helReport.at("/counts/missing").asInt());
                assertEquals("ON_TRACK", helReport.at("/indicators/3/status").asText());
            }
        }

        // after the close: refused with a problem, nothing stored; closing again is a conflict
        Stack.at("budget").auth().oauth2(hel).contentType("application/json")
                .body("{\"unit\":\"HEL\",\"periodId\":\"2025-Q1\",\"actualsToDate\":1,\"yearEndForecast\":1}")
                .post("/api/v1/budget-status").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:no:oslo:styring:problem:period-closed"));
        Stack.at("budget").auth().oauth2(hel).queryParam("unit", "HEL").queryParam("period", PERIOD)
                .get("/api/v1/budget-status").then().statusCode(200).body("size()", equalTo(1));
        Stack.at("assignment").auth().oauth2(admin).post("/api/v1/periods/{id}/close", PERIOD).then().statusCode(409);
        Stack.at("climate").auth().oauth2(hel).get("/api/v1/period-reports/{id}", PERIOD).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].unit", equalTo("HEL"));
    }

    private static void submitOnceKnown(String service, String path, String token, String body) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> Stack.at(service).auth()
                .oauth2(token).contentType("application/json").body(body).post(path).statusCode() == 201);
    }
}
