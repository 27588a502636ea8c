package no.oslo.styring.e2e;

import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.EventContract;
import no.oslo.styring.platform.testing.TestKafka;

/**
 * A close made while Kafka is down is committed at once, and its events arrive once Kafka is back (transactional
 * outbox). Meanwhile every service and the portal stay ready and keep answering.
 */
class OutboxResilienceTest {

    @Test
    void aCloseWhileKafkaIsDownIsDeliveredWhenItIsBack() throws Exception {
        String period = "2025-M02";
        String admin = Stack.token("admin-hls");
        Stack.kafka("stop");
        try {
            Stack.at("assignment").auth().oauth2(admin).post("/api/v1/periods/{id}/close", period).then().statusCode(200)
                    .body("status", equalTo("CLOSED"));
            // every service and the portal stay ready: readiness leaves the broker out, since writes still succeed
            for (String part : List.of("assignment", "budget", "indicator", "climate", "portal")) {
                Stack.at(part).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            }
            Stack.at("budget").auth().oauth2(admin).queryParam("year", 2025).queryParam("unit", "HEL")
                    .get("/api/v1/budget-frames").then().statusCode(200);
        } finally {
            Stack.kafka("start");
        }
        EventContract
                .assertConforms(TestKafka.awaitRecord(Topics.PERIODS, r -> period.equals(r.key()), Duration.ofSeconds(90)));
        EventContract.assertConforms(TestKafka.awaitRecord(Topics.BUDGET_REPORTS,
                r -> ("HEL/" + period).equals(TestKafka.header(r, "ce_subject")), Duration.ofSeconds(90)));
    }
}
