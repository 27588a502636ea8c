package no.oslo.styring.assignment.period;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.assignment.TestUnits;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.Contention;
import no.oslo.styring.platform.testing.TestKafka;
import no.oslo.styring.platform.testing.TestTokens;

/** Department staff closing the same period at the same moment (#19.2): one close, the others 409, one event. */
@QuarkusTest
class PeriodCloseConcurrencyTest {

    @Test
    void ofTwoClosesAtOnceOneClosesAndTheOtherGets409() {
        closeAtOnce(2);
    }

    @Test
    void ofTwentyClosesAtOnceOneClosesAndTheOthersGet409() {
        closeAtOnce(20);
    }

    private static void closeAtOnce(int staff) {
        String period = TestUnits.yearWithPeriods() + "-Q1";

        List<Integer> statuses = Contention.atOnce(staff, i -> () -> given().auth().oauth2(TestTokens.department())
                .post("/api/v1/periods/{id}/close", period).statusCode());

        assertEquals(1, Collections.frequency(statuses, 200), statuses.toString());
        assertEquals(staff - 1, Collections.frequency(statuses, 409), statuses.toString());
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/periods/{id}", period).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closeRevision", equalTo(1));
        TestKafka.awaitRecord(Topics.PERIODS, r -> period.equals(r.key()), Duration.ofSeconds(60));
        assertEquals(1, TestKafka.recordsNow(Topics.PERIODS, r -> period.equals(r.key())
                && EventTypes.PERIOD_CLOSED.equals(TestKafka.header(r, "ce_type")), Duration.ofSeconds(1)).size());
    }
}
