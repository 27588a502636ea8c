package no.oslo.styring.assignment.period;

import static io.restassured.RestAssured.given;
import static no.oslo.styring.platform.testing.TestKafka.header;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.EventContract;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestKafka;
import no.oslo.styring.platform.testing.TestTokens;

@QuarkusTest
class PeriodResourceTest {

    private static int newYear() {
        int year = TestIds.year();
        given().auth().oauth2(TestTokens.department()).post("/api/v1/years/{year}/periods", year)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/periods?year=" + year))
                .body("", hasSize(22))
                .body("[0].id", equalTo(year + "-M01"))
                .body("find { it.id == '" + year + "-Q1' }.deadline", equalTo(year + "-04-20"))
                .body("find { it.id == '" + year + "-T2' }.cumulativeStart", equalTo(year + "-01-01"))
                .body("find { it.id == '" + year + "-H1' }.deadline", equalTo(year + "-07-20"))
                .body("find { it.id == '" + year + "-Y' }.labelNb", equalTo("årsberetning " + year));
        return year;
    }

    @Test
    void settingUpAYearTwiceCreatesItsPeriodsOnce() {
        int year = newYear();
        given().auth().oauth2(TestTokens.department()).post("/api/v1/years/{year}/periods", year)
                .then().statusCode(200).body("", hasSize(22));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).get("/api/v1/periods")
                .then().statusCode(200).body("", hasSize(22)).body("status.unique()", equalTo(java.util.List.of("OPEN")));
    }

    @Test
    void closingAPeriodPublishesPeriodClosedOnce() {
        String period = newYear() + "-Q1";

        given().auth().oauth2(TestTokens.department()).post("/api/v1/periods/{id}/close", period)
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedBy", equalTo("admin-hls"))
                .body("closeRevision", equalTo(1))
                .body("closedAt", notNullValue());

        var record = TestKafka.awaitRecord(Topics.PERIODS, r -> period.equals(r.key()), Duration.ofSeconds(20));
        JsonNode data = EventContract.assertConforms(record);
        assertEquals(EventTypes.PERIOD_CLOSED, header(record, "ce_type"));
        assertEquals("/styring/assignment-service", header(record, "ce_source"));
        assertEquals(period, header(record, "ce_subject"));
        assertEquals("QUARTER", data.path("periodType").asText());
        assertEquals(1, data.path("closeRevision").asInt());
        assertEquals("admin-hls", data.path("closedBy").asText());

        given().auth().oauth2(TestTokens.reader()).get("/api/v1/periods/{id}", period)
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("labelNb", containsString("1. kvartal"));

        // closing it again is a conflict, and publishes nothing
        given().auth().oauth2(TestTokens.department()).post("/api/v1/periods/{id}/close", period)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:no:oslo:styring:problem:period-already-closed"))
                .body("status", equalTo(409))
                .body("instance", equalTo("/api/v1/periods/" + period + "/close"));
        String next = period.substring(0, 4) + "-M04";
        given().auth().oauth2(TestTokens.department()).post("/api/v1/periods/{id}/close", next).then().statusCode(200);
        TestKafka.awaitRecord(Topics.PERIODS, r -> next.equals(r.key()), Duration.ofSeconds(20));
        assertEquals(1, TestKafka.recordsNow(Topics.PERIODS, r -> period.equals(r.key()), Duration.ofMillis(500)).size());
    }

    @Test
    void onlyDepartmentStaffCloseAPeriod() {
        String period = newYear() + "-T2";
        given().post("/api/v1/periods/{id}/close", period)
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json").body("status", equalTo(401));
        given().auth().oauth2(TestTokens.reporter("HEL")).post("/api/v1/periods/{id}/close", period)
                .then().statusCode(403).contentType("application/problem+json").body("title", equalTo("Forbidden"));
        given().auth().oauth2(TestTokens.reader()).post("/api/v1/periods/{id}/close", period).then().statusCode(403);
        given().auth().oauth2(TestTokens.noRole()).get("/api/v1/periods/{id}", period).then().statusCode(403);
        given().auth().oauth2(TestTokens.forged()).post("/api/v1/periods/{id}/close", period).then().statusCode(401);
        given().auth().oauth2(TestTokens.expired()).post("/api/v1/periods/{id}/close", period).then().statusCode(401);
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/periods/{id}", period)
                .then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void badPeriodIdsAreNamedAndMissingOnesAre404() {
        given().auth().oauth2(TestTokens.department()).post("/api/v1/periods/{id}/close", "2025-Q5")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("periodId"))
                .body("detail", containsString("2025-Q5"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/periods/{id}", "2999-Q1")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:no:oslo:styring:problem:not-found"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/periods")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().auth().oauth2(TestTokens.department()).post("/api/v1/years/{year}/periods", 1999)
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void healthMetricsAndOpenApiNeedNoToken() {
        // readiness is the database's; Kafka is left out, since the outbox lets writes succeed while it is away
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItem("Database connections health check"))
                .body("checks.name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(
                        "Kafka connection health check")));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("styring_outbox_relayed_total"));
        given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/periods/{periodId}/close'.post.summary", equalTo("Close a period"));
    }
}
