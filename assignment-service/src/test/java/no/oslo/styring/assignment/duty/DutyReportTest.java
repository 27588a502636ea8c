package no.oslo.styring.assignment.duty;

import static io.restassured.RestAssured.given;
import static no.oslo.styring.platform.testing.TestKafka.header;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import no.oslo.styring.assignment.TestUnits;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.EventContract;
import no.oslo.styring.platform.testing.TestKafka;
import no.oslo.styring.platform.testing.TestTokens;

/**
 * The reporting duties in a period close: the close publishes each unit's duty report in its own transaction, the
 * report lists every duty due as delivered, not delivered or missing, and the closed period takes no more fulfilments
 * until it is reopened for the unit.
 */
@QuarkusTest
class DutyReportTest {

    @Inject
    EntityManager em;

    String department;
    String delivering;
    String silent;
    int year;
    long funds;
    long incidents;

    @BeforeEach
    void dutiesOfTwoUnits() {
        department = TestUnits.department();
        delivering = TestUnits.agency("Leverende etat", department);
        silent = TestUnits.agency("Taus etat", department);
        year = TestUnits.yearWithPeriods();
        funds = duty("{\"points\":[\"T2\",\"Y\"]}", "Bruk av øremerkede midler rapporteres i 2. tertial og årsberetningen");
        incidents = duty("{\"event\":\"straks\"}", "Alvorlige hendelser rapporteres straks");
    }

    private long duty(String when, String text) {
        return given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"year":%d,"issuer":"%s","reporters":["%s","%s"],"to":"%s","text":"%s","when":%s}"""
                .formatted(year, department, delivering, silent, department, text, when)).post("/api/v1/reporting-duties")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private Response fulfil(String unit, long duty, String occasion, boolean delivered, String note) {
        return given().auth().oauth2(TestTokens.reporter(unit)).contentType(ContentType.JSON)
                .body("{\"unit\":\"%s\",\"occasion\":\"%s\",\"delivered\":%s,\"note\":\"%s\"}".formatted(unit, occasion,
                        delivered, note))
                .post("/api/v1/reporting-duties/{id}/fulfilments", duty);
    }

    private JsonNode reportOn(String unit, String period, int revision) {
        var record = TestKafka.awaitRecord(Topics.DUTY_REPORTS, r -> unit.equals(r.key())
                && (unit + "/" + period).equals(header(r, "ce_subject")) && EventTypes.DUTY_REPORT.equals(header(r, "ce_type"))
                && r.value().matches("(?s).*\"revision\":\\s*" + revision + "[,}].*"), Duration.ofSeconds(20));
        return EventContract.assertConforms(record);
    }

    private long storedReports(String unit, String period) {
        return ((Number) em.createNativeQuery("select count(*) from duty_report where unit_code = ?1 and period_id = ?2")
                .setParameter(1, unit).setParameter(2, period).getSingleResult()).longValue();
    }

    @Test
    void theCloseReportsEachDutyDueAsDeliveredOrMissingAndTheOngoingOnesWithWhatCameIn() {
        String t2 = year + "-T2";
        fulfil(delivering, funds, t2, true, "Se vedlegg").then().statusCode(201);
        fulfil(delivering, incidents, year + "-06-02", true, "Avvik meldt").then().statusCode(201);

        // before the close: a preview in the report's shape, revision 0
        given().auth().oauth2(TestTokens.reporter(delivering)).get("/api/v1/duty-reports/{p}/preview", t2)
                .then().statusCode(200).body("", hasSize(1)).body("[0].unit", equalTo(delivering))
                .body("[0].revision", equalTo(0)).body("[0].report.counts.delivered", equalTo(1));

        given().auth().oauth2(TestTokens.department()).post("/api/v1/periods/{id}/close", t2).then().statusCode(200);

        JsonNode report = reportOn(delivering, t2, 1);
        assertEquals(1, report.path("counts").path("due").asInt());
        assertEquals(1, report.path("counts").path("delivered").asInt());
        assertEquals(1, report.path("counts").path("ongoing").asInt());
        assertEquals("DELIVERED", report.path("duties").get(0).path("status").asText());
        assertEquals("Se vedlegg", report.path("duties").get(0).path("note").asText());
        assertEquals("2. tertial, årsberetning", report.path("duties").get(0).path("whenNb").asText());
        assertEquals("ONGOING", report.path("duties").get(1).path("status").asText());
        assertEquals("Avvik meldt", report.path("duties").get(1).path("note").asText());

        JsonNode missing = reportOn(silent, t2, 1);
        assertEquals(1, missing.path("counts").path("missing").asInt());
        assertEquals("MISSING", missing.path("duties").get(0).path("status").asText());
        assertEquals(1, storedReports(silent, t2));

        // the published reports, as stored; a reporter reads its own unit's only
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/duty-reports/{p}", t2).then().statusCode(200)
                .body("unit", equalTo(List.of(delivering, silent).stream().sorted().toList()))
                .body("find { it.unit == '" + silent + "' }.report.duties[0].status", equalTo("MISSING"));
        given().auth().oauth2(TestTokens.reporter(silent)).queryParam("unit", delivering)
                .get("/api/v1/duty-reports/{p}", t2).then().statusCode(403);

        // a period at which no duty is due gets no duty report
        given().auth().oauth2(TestTokens.department()).post("/api/v1/periods/{id}/close", year + "-Q1").then()
                .statusCode(200);
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/duty-reports/{p}", year + "-Q1").then()
                .statusCode(200).body("", hasSize(0));
    }

    @Test
    void aClosedPeriodTakesNoFulfilmentUntilReopenedForTheUnitAndTheNextCloseIssuesItsSecondRevision() {
        String t2 = year + "-T2";
        given().auth().oauth2(TestTokens.department()).post("/api/v1/periods/{id}/close", t2).then().statusCode(200);
        reportOn(silent, t2, 1);

        fulfil(silent, funds, t2, true, "For sent").then().statusCode(409)
                .body("type", equalTo("urn:no:oslo:styring:problem:period-closed"));
        given().auth().oauth2(TestTokens.reader()).queryParam("unit", silent).queryParam("period", t2)
                .get("/api/v1/reporting-duties/status").then().statusCode(200)
                .body("find { it.duty.id == " + funds + " }.status", equalTo("MISSING"));
        // the year is still open: the same duty is taken there
        fulfil(silent, funds, year + "-Y", true, "Årsberetning").then().statusCode(201);

        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON)
                .body("{\"unit\":\"%s\",\"reason\":\"Levert etter fristen\",\"expiresAt\":\"%s\"}".formatted(silent,
                        Instant.now().plusSeconds(3600)))
                .post("/api/v1/periods/{id}/reopenings", t2).then().statusCode(201);
        fulfil(delivering, funds, t2, true, "Ikke gjenåpnet for oss").then().statusCode(409);
        fulfil(silent, funds, t2, false, "Tallene kommer i årsberetningen").then().statusCode(201);
        given().auth().oauth2(TestTokens.department()).post("/api/v1/periods/{id}/close", t2).then().statusCode(200);

        JsonNode second = reportOn(silent, t2, 2);
        assertEquals("NOT_DELIVERED", second.path("duties").get(0).path("status").asText());
        assertEquals("Tallene kommer i årsberetningen", second.path("duties").get(0).path("note").asText());
        assertEquals(1, second.path("counts").path("notDelivered").asInt());
        assertEquals(2, storedReports(silent, t2));
        assertEquals(1, storedReports(delivering, t2), "only the reopened unit's report is issued again");
    }
}
