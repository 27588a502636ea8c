package no.oslo.styring.assignment.period;

import static io.restassured.RestAssured.given;
import static no.oslo.styring.platform.testing.TestKafka.header;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.EventContract;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestKafka;
import no.oslo.styring.platform.testing.TestTokens;

/** Reopening a closed period for one unit, and the close that ends it (revision 2 for that unit only). */
@QuarkusTest
class PeriodReopeningTest {

    private String period;
    private String unit;

    @BeforeEach
    void closedPeriodAndAUnit() {
        int year = TestIds.year();
        given().auth().oauth2(TestTokens.department()).post("/api/v1/years/{year}/periods", year).then().statusCode(201);
        period = year + "-Q1";
        unit = TestIds.unitCode();
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON)
                .body("{\"name\":\"Testetaten\",\"kind\":\"AGENCY\"}").put("/api/v1/units/{code}", unit)
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.department()).post("/api/v1/periods/{id}/close", period).then().statusCode(200);
    }

    private Response reopen(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/periods/{id}/reopenings", period);
    }

    private String body(String unitCode, String reason, Instant expiresAt) {
        return "{\"unit\":\"" + unitCode + "\",\"reason\":\"" + reason + "\",\"expiresAt\":\"" + expiresAt + "\"}";
    }

    @Test
    void reopeningForOneUnitIsAuditedPublishedAndEndedByTheNextClose() {
        Instant expires = Instant.now().plusSeconds(7 * 24 * 3600);
        String location = reopen(TestTokens.department(), body(unit, "Feil i legevakttall", expires)).then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/periods/" + period + "/reopenings/"))
                .body("unit", equalTo(unit))
                .body("reason", equalTo("Feil i legevakttall"))
                .body("reopenedBy", equalTo("admin-hls"))
                .body("reopenedAt", notNullValue())
                .body("closedAt", nullValue())
                .extract().header("Location");
        given().auth().oauth2(TestTokens.reader()).get(location).then().statusCode(200).body("unit", equalTo(unit));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/periods/{id}", period).then().statusCode(200)
                .body("status", equalTo("REOPENED"));

        var reopened = TestKafka.awaitRecord(Topics.PERIODS,
                r -> period.equals(r.key()) && EventTypes.PERIOD_REOPENED.equals(header(r, "ce_type")),
                Duration.ofSeconds(20));
        JsonNode data = EventContract.assertConforms(reopened);
        assertEquals(unit, data.path("unit").asText());
        assertEquals("Feil i legevakttall", data.path("reason").asText());
        assertEquals(expires, Instant.parse(data.path("expiresAt").asText()));

        // a second reopening for the same unit while the first is in force is a conflict
        reopen(TestTokens.department(), body(unit, "igjen", expires)).then().statusCode(409)
                .body("type", equalTo("urn:no:oslo:styring:problem:period-already-reopened"));

        given().auth().oauth2(TestTokens.department()).post("/api/v1/periods/{id}/close", period).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closeRevision", equalTo(2));
        List<JsonNode> closes = TestKafka.awaitRecords(Topics.PERIODS,
                r -> period.equals(r.key()) && EventTypes.PERIOD_CLOSED.equals(header(r, "ce_type")), 2,
                Duration.ofSeconds(20)).stream().map(EventContract::assertConforms).toList();
        assertTrue(closes.get(0).path("units").isNull(), "the first close is of the whole period");
        assertEquals(2, closes.get(1).path("closeRevision").asInt());
        assertEquals(List.of(unit), List.of(closes.get(1).path("units").get(0).asText()));

        given().auth().oauth2(TestTokens.reader()).get("/api/v1/periods/{id}/reopenings", period).then().statusCode(200)
                .body("", hasSize(1)).body("[0].closedBy", equalTo("admin-hls")).body("[0].closedAt", notNullValue());
        // closed again: a third close is a conflict until the next reopening
        given().auth().oauth2(TestTokens.department()).post("/api/v1/periods/{id}/close", period).then().statusCode(409);
    }

    @Test
    void onlyDepartmentStaffReopenAndBadRequestsChangeNothing() {
        Instant expires = Instant.now().plusSeconds(3600);
        reopen(TestTokens.reporter(unit), body(unit, "x", expires)).then().statusCode(403)
                .contentType("application/problem+json");
        reopen(TestTokens.reader(), body(unit, "x", expires)).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body(unit, "x", expires))
                .post("/api/v1/periods/{id}/reopenings", period).then().statusCode(401);

        reopen(TestTokens.department(), body(unit, "x", Instant.now().minusSeconds(60))).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("expiresAt"));
        reopen(TestTokens.department(), body(TestIds.unitCode(), "x", expires)).then().statusCode(422)
                .body("errors[0].field", equalTo("unit"));
        reopen(TestTokens.department(), "{\"unit\":\"" + unit + "\",\"expiresAt\":\"" + expires + "\"}").then()
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("reason"));
        reopen(TestTokens.department(), "{\"unit\":\"" + unit + "\",\"reason\":\"x\",\"expiresAt\":\"i morgen\"}").then()
                .statusCode(400).body("errors[0].field", equalTo("expiresAt"));
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body(body(unit, "x", expires))
                .post("/api/v1/periods/{id}/reopenings", period.substring(0, 4) + "-Q2").then().statusCode(409)
                .body("type", equalTo("urn:no:oslo:styring:problem:period-not-closed"));

        given().auth().oauth2(TestTokens.reader()).get("/api/v1/periods/{id}/reopenings", period).then().statusCode(200)
                .body("", hasSize(0));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/periods/{id}", period).then()
                .body("status", equalTo("CLOSED"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/periods/{id}/reopenings/{r}", period, 987654321).then()
                .statusCode(404);
    }
}
