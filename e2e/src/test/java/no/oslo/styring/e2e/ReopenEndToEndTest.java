package no.oslo.styring.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.EventContract;
import no.oslo.styring.platform.testing.TestKafka;

/**
 * Reopening, end to end with real tokens: department staff close 2025-M05 (a budget status is due then: «innen 20. juni»), reopen it for Helseetaten with a reason and an
 * expiry; Helseetaten's reporter can submit again, Alna's cannot; the next close publishes revision 2 of Helseetaten's
 * reports on all three report topics, and nothing new for the other units.
 */
class ReopenEndToEndTest {

    private static final String PERIOD = "2025-M05";

    private static Predicate<ConsumerRecord<String, String>> reportOf(String unit) {
        return r -> (unit + "/" + PERIOD).equals(TestKafka.header(r, "ce_subject"));
    }

    private static int submitBudgetStatus(String token, String unit) {
        return Stack.at("budget").auth().oauth2(token).contentType("application/json")
                .body("{\"unit\":\"" + unit + "\",\"periodId\":\"" + PERIOD + "\",\"actualsToDate\":610000,"
                        + "\"yearEndForecast\":1215000,\"comment\":\"Rettet etter frist\"}")
                .post("/api/v1/budget-status").statusCode();
    }

    @Test
    void aPeriodReopenedForOneUnitTakesItsCorrectionAndTheNextCloseIsRevision2() {
        String admin = Stack.token("admin-hls");
        String hel = Stack.token("rapportor-hel");
        String alna = Stack.token("rapportor-alna");
        await().atMost(Duration.ofSeconds(60)).until(() -> Stack.at("budget").auth().oauth2(admin).get("/api/v1/units")
                .then().extract().jsonPath().getList("code", String.class).containsAll(List.of("HEL", "030112")));

        Stack.at("assignment").auth().oauth2(admin).post("/api/v1/periods/{id}/close", PERIOD).then().statusCode(200);
        for (String topic : List.of(Topics.BUDGET_REPORTS, Topics.INDICATOR_REPORTS, Topics.CLIMATE_REPORTS)) {
            TestKafka.awaitRecord(topic, reportOf("HEL"), Duration.ofSeconds(60));
        }
        assertEquals(409, submitBudgetStatus(hel, "HEL"));

        // a reporter cannot reopen; department staff can, for one unit, with a reason and an expiry
        String body = "{\"unit\":\"HEL\",\"reason\":\"Feil i regnskapstall for mai\",\"expiresAt\":\""
                + Instant.now().plus(Duration.ofDays(2)) + "\"}";
        Stack.at("assignment").auth().oauth2(hel).contentType("application/json").body(body)
                .post("/api/v1/periods/{id}/reopenings", PERIOD).then().statusCode(403);
        Stack.at("assignment").auth().oauth2(admin).contentType("application/json").body(body)
                .post("/api/v1/periods/{id}/reopenings", PERIOD).then().statusCode(201)
                .body("reopenedBy", equalTo("admin-hls"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> submitBudgetStatus(hel, "HEL") == 201);
        assertEquals(409, submitBudgetStatus(alna, "030112"), "the period is reopened for Helseetaten only");

        Stack.at("assignment").auth().oauth2(admin).post("/api/v1/periods/{id}/close", PERIOD).then().statusCode(200)
                .body("closeRevision", equalTo(2));
        for (String topic : List.of(Topics.BUDGET_REPORTS, Topics.INDICATOR_REPORTS, Topics.CLIMATE_REPORTS)) {
            List<ConsumerRecord<String, String>> hels = TestKafka.awaitRecords(topic, reportOf("HEL"), 2,
                    Duration.ofSeconds(60));
            JsonNode second = EventContract.assertConforms(hels.get(1));
            assertEquals(2, second.path("revision").asInt(), topic);
            if (topic.equals(Topics.BUDGET_REPORTS)) {
                assertEquals(true, second.path("reported").asBoolean());
                assertEquals(1_215_000, second.path("yearEndForecast").asLong());
                assertEquals(-8_407, second.path("deviation").asLong());
                assertEquals("MERFORBRUK", second.path("deviationKind").asText());
            }
            assertEquals(1, TestKafka.recordsNow(topic, reportOf("030112"), Duration.ofSeconds(1)).size(), topic);
        }
        assertEquals(409, submitBudgetStatus(hel, "HEL"));
        Stack.at("assignment").auth().oauth2(Stack.token("leser")).get("/api/v1/periods/{id}/reopenings", PERIOD).then()
                .statusCode(200).body("[0].reason", equalTo("Feil i regnskapstall for mai"))
                .body("[0].closedBy", equalTo("admin-hls"));
    }
}
