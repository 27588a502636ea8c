package no.oslo.styring.assignment.period;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.testing.EventContract;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestKafka;
import no.oslo.styring.platform.testing.TestTokens;

/** A period closes by itself when its deadline passes; one set up after its deadline waits for department staff. */
@QuarkusTest
class PeriodDeadlineTest {

    @Inject
    EntityManager em;

    @Test
    void aPeriodWhoseDeadlinePassesClosesByItselfAndPublishesTheClose() {
        int year = TestIds.year();
        given().auth().oauth2(TestTokens.department()).post("/api/v1/years/{year}/periods", year).then().statusCode(201);
        String passed = year + "-Q1";
        String setUpLate = year + "-Q2";
        LocalDate yesterday = LocalDate.now(PeriodId.ZONE).minusDays(1);
        // as if Q1 had been set up two months ago and its deadline was yesterday; Q2 was set up after its deadline
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update reporting_period set deadline = ?1, created_at = now() - interval '60 days' "
                    + "where id = ?2").setParameter(1, yesterday).setParameter(2, passed).executeUpdate();
            em.createNativeQuery("update reporting_period set deadline = ?1 where id = ?2").setParameter(1, yesterday)
                    .setParameter(2, setUpLate).executeUpdate();
        });

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given().auth()
                .oauth2(TestTokens.reader()).get("/api/v1/periods/{id}", passed).then().extract().path("status")
                .equals("CLOSED"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/periods/{id}", passed).then().statusCode(200)
                .body("closedBy", equalTo(PeriodService.DEADLINE_CLOSER)).body("closeRevision", equalTo(1));
        JsonNode closed = EventContract.assertConforms(TestKafka.awaitRecord(Topics.PERIODS, r -> passed.equals(r.key()),
                Duration.ofSeconds(30)));
        assertEquals(PeriodService.DEADLINE_CLOSER, closed.path("closedBy").asText());

        given().auth().oauth2(TestTokens.reader()).get("/api/v1/periods/{id}", setUpLate).then().statusCode(200)
                .body("status", equalTo("OPEN"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/periods/{id}", year + "-Q3").then().statusCode(200)
                .body("status", equalTo("OPEN"));
    }
}
