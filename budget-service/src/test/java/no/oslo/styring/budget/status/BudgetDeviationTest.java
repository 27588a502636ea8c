package no.oslo.styring.budget.status;

import static io.restassured.RestAssured.given;
import static no.oslo.styring.budget.BudgetTestData.importHelseetaten;
import static no.oslo.styring.budget.BudgetTestData.knownUnit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.EventContract;
import no.oslo.styring.platform.testing.SuiteEvents;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestKafka;
import no.oslo.styring.platform.testing.TestTokens;

/** The deviation (merforbruk/mindreforbruk) against the unit's frame, in the submission and in the period report. */
@QuarkusTest
class BudgetDeviationTest {

    @Test
    void theDeviationIsDerivedFromTheFrameAndReportedAtTheClose() throws IOException {
        String unit = knownUnit();
        String silent = knownUnit();
        int year = TestIds.year();
        importHelseetaten(unit, year);
        String period = year + "-M05";

        given().auth().oauth2(TestTokens.reporter(unit)).contentType(ContentType.JSON)
                .body("{\"unit\":\"%s\",\"periodId\":\"%s\",\"actualsToDate\":400000,\"yearEndForecast\":1200000}"
                        .formatted(unit, period))
                .post("/api/v1/budget-status").then().statusCode(201)
                .body("frame", equalTo(1_206_593)).body("deviation", equalTo(6_593))
                .body("deviationKind", equalTo("MINDREFORBRUK"));
        // the latest status counts
        given().auth().oauth2(TestTokens.reporter(unit)).contentType(ContentType.JSON)
                .body("{\"unit\":\"%s\",\"periodId\":\"%s\",\"actualsToDate\":512044,\"yearEndForecast\":1210000,"
                        .formatted(unit, period) + "\"comment\":\"Økt pågang på legevakt\"}")
                .post("/api/v1/budget-status").then().statusCode(201)
                .body("deviation", equalTo(-3_407)).body("deviationKind", equalTo("MERFORBRUK"));
        given().auth().oauth2(TestTokens.reader()).queryParam("unit", unit).queryParam("period", period)
                .get("/api/v1/budget-status").then().statusCode(200)
                .body("deviation", equalTo(java.util.List.of(6_593, -3_407)));

        SuiteEvents.periodClosed(period, 1);
        JsonNode report = EventContract.assertConforms(TestKafka.awaitRecord(Topics.BUDGET_REPORTS,
                r -> (unit + "/" + period).equals(TestKafka.header(r, "ce_subject")), Duration.ofSeconds(30)));
        assertTrue(report.path("reported").asBoolean());
        assertTrue(report.path("due").asBoolean(), "«innen 20. juni (for status pr. t.o.m. mai)»");
        assertEquals(2, report.path("submissions").asInt());
        assertEquals(1_206_593, report.path("frame").asLong());
        assertEquals(512_044, report.path("actualsToDate").asLong());
        assertEquals(1_210_000, report.path("yearEndForecast").asLong());
        assertEquals(-3_407, report.path("deviation").asLong());
        assertEquals("MERFORBRUK", report.path("deviationKind").asText());
        assertEquals("Økt pågang på legevakt", report.path("comment").asText());
        assertEquals("1000 NOK", report.path("amountUnit").asText());

        JsonNode missing = EventContract.assertConforms(TestKafka.awaitRecord(Topics.BUDGET_REPORTS,
                r -> (silent + "/" + period).equals(TestKafka.header(r, "ce_subject")), Duration.ofSeconds(30)));
        assertFalse(missing.path("reported").asBoolean(), "a unit that did not report is listed as such");
        assertTrue(missing.path("frame").isNull());
        assertTrue(missing.path("deviation").isNull());
        // no letter of the year is sent to it: nothing asks it for a budget status, so nothing is missing
        assertFalse(missing.path("due").asBoolean(), "a unit without a letter is not asked");
    }

    @Test
    void aBudgetStatusIsDueExactlyAtThePointsTheLetterNames() throws IOException {
        String unit = knownUnit();
        int year = TestIds.year();
        importHelseetaten(unit, year);
        // Helseetaten 2025: 1. kvartal, 2. tertial, årsberetningen, and May; not April, not 2. kvartal
        for (String refused : new String[]{year + "-M04", year + "-Q2", year + "-T1"}) {
            given().auth().oauth2(TestTokens.reporter(unit)).contentType(ContentType.JSON)
                    .body("{\"unit\":\"%s\",\"periodId\":\"%s\",\"actualsToDate\":1,\"yearEndForecast\":1}"
                            .formatted(unit, refused))
                    .post("/api/v1/budget-status").then().statusCode(400).body("errors[0].field", equalTo("periodId"))
                    .body("errors[0].message",
                            org.hamcrest.Matchers.containsString("at Q1, T2, annual report, May (Q1, T2, Y, M05)"));
        }
        given().auth().oauth2(TestTokens.reporter(unit)).header("Accept-Language", "nb").contentType(ContentType.JSON)
                .body("{\"unit\":\"%s\",\"periodId\":\"%s-M04\",\"actualsToDate\":1,\"yearEndForecast\":1}"
                        .formatted(unit, year))
                .post("/api/v1/budget-status").then().statusCode(400).body("errors[0].message", equalTo("tildelingsbrevet ber "
                        + unit
                        + " om budsjettstatus til 1. kvartal, 2. tertial, årsberetning, mai (Q1, T2, Y, M05), ikke i april "
                        + year + " (" + year + "-M04)"));
        given().auth().oauth2(TestTokens.reader()).queryParam("unit", unit).queryParam("period", year + "-M04")
                .get("/api/v1/budget-status").then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(TestTokens.reporter(unit)).contentType(ContentType.JSON)
                .body("{\"unit\":\"%s\",\"periodId\":\"%s-T2\",\"actualsToDate\":800000,\"yearEndForecast\":1200000}"
                        .formatted(unit, year))
                .post("/api/v1/budget-status").then().statusCode(201);

        // the period report of a point the letter does not name says so: nothing is missing there
        given().auth().oauth2(TestTokens.reporter(unit)).get("/api/v1/period-reports/{p}/preview", year + "-Q2").then()
                .statusCode(200).body("[0].report.due", equalTo(false)).body("[0].report.reported", equalTo(false));
        given().auth().oauth2(TestTokens.reporter(unit)).get("/api/v1/period-reports/{p}/preview", year + "-Q1").then()
                .statusCode(200).body("[0].report.due", equalTo(true)).body("[0].report.reported", equalTo(false));
    }

    @Test
    void statusListsNeedAValidPeriod() {
        given().auth().oauth2(TestTokens.reader()).queryParam("unit", "HEL").queryParam("period", "2025-13")
                .get("/api/v1/budget-status").then().statusCode(400).body("errors[0].field", equalTo("period"));
    }
}
