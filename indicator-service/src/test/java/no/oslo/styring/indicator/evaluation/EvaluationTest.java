package no.oslo.styring.indicator.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import no.oslo.styring.contract.Topics;
import no.oslo.styring.indicator.IndicatorTestData;
import no.oslo.styring.platform.testing.EventContract;
import no.oslo.styring.platform.testing.SuiteEvents;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestKafka;
import no.oslo.styring.platform.testing.TestTokens;

/** Measurements evaluated against the year's targets, before the close (the API) and at the close (the report event). */
@QuarkusTest
class EvaluationTest {

    String unit;
    int year;
    String q1;
    String p;

    @BeforeEach
    void letterWithSixIndicators() {
        unit = IndicatorTestData.knownUnits(1).get(0);
        year = TestIds.year();
        q1 = year + "-Q1";
        p = unit.toLowerCase(Locale.ROOT) + "-";
        ObjectNode letter = IndicatorTestData.letter(year, unit);
        IndicatorTestData.indicator(letter, p + "heltid", "PERCENT", "HIGHER_IS_BETTER", ">75,2 %", "Q", "Y");
        IndicatorTestData.indicator(letter, p + "liggedogn", "COUNT", "LOWER_IS_BETTER", "<=629", "Q", "Y");
        // "at least as good as" the year before: the letter's history value 70,5 for that year
        IndicatorTestData.indicator(letter, p + "som-i-fjor", "PERCENT", "HIGHER_IS_BETTER",
                "1) Minst like godt resultat som for " + (year - 1), "Q", "Y");
        IndicatorTestData.indicator(letter, p + "uten-maltall", "COUNT", "HIGHER_IS_BETTER", "*", "Q", "Y");
        IndicatorTestData.indicator(letter, p + "svartid", "PERCENT", "HIGHER_IS_BETTER", "80", "Q", "T", "Y");
        IndicatorTestData.indicator(letter, p + "arlig", "PERCENT", "HIGHER_IS_BETTER", "80", "Y");
        IndicatorTestData.importLetter(letter, TestTokens.department()).then().statusCode(201);
    }

    @Test
    void eachIndicatorIsEvaluatedAgainstTheYearsTargetAndExplained() {
        submit(p + "heltid", "76").then().statusCode(201);
        submit(p + "liggedogn", "630").then().statusCode(201);
        submit(p + "som-i-fjor", "71").then().statusCode(201);
        submit(p + "uten-maltall", "5").then().statusCode(201);
        // the latest value counts
        submit(p + "heltid", "75.2").then().statusCode(201);
        submit(p + "heltid", "75.3").then().statusCode(201);

        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("unit", unit).queryParam("period", q1)
                .get("/api/v1/evaluations").then().statusCode(200)
                .body("counts.due", equalTo(5)).body("counts.met", equalTo(2)).body("counts.notMet", equalTo(1))
                .body("counts.noTarget", equalTo(1)).body("counts.missing", equalTo(1))
                .body("missing", contains(p + "svartid"))
                .body("indicators.code", contains(p + "heltid", p + "liggedogn", p + "som-i-fjor", p + "uten-maltall",
                        p + "svartid"))
                .body("indicators[0].value", equalTo(75.3f)).body("indicators[0].outcome", equalTo("MET"))
                .body("indicators[0].explanationNb", equalTo("75,3 > 75,2 (måltall >75,2 %)"))
                .body("indicators[1].outcome", equalTo("NOT_MET"))
                .body("indicators[1].explanationEn", containsString("630 not <= 629"))
                .body("indicators[2].outcome", equalTo("MET")).body("indicators[2].threshold", equalTo(70.5f))
                .body("indicators[3].outcome", equalTo("NO_TARGET"))
                .body("indicators[4].outcome", equalTo("NO_DATA")).body("indicators[4].reported", equalTo(false));
    }

    @Test
    void aMeasurementThatDoesNotFitItsIndicatorIsRefusedAndNothingIsStored() {
        submit(p + "arlig", "80").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("periodId"))
                .body("errors[0].message",
                        containsString("asks for indicator '" + p + "arlig' at annual report (Y), not in Q1 "));
        submit(p + "heltid", "100.5").then().statusCode(400).body("errors[0].field", equalTo("value"));
        submit(p + "liggedogn", "7.5").then().statusCode(400).body("errors[0].field", equalTo("value"));
        submit("finnes-ikke", "1").then().statusCode(422).body("errors[0].field", equalTo("indicator"));
        String other = IndicatorTestData.knownUnits(1).get(0);
        IndicatorTestData.submit(TestTokens.department(), other, q1, p + "heltid", "80").then().statusCode(400)
                .body("errors[0].message", containsString("not in a letter sent to unit " + other));
        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("unit", unit).queryParam("period", q1)
                .get("/api/v1/measurements").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anIndicatorIsDueExactlyAtThePointsItsLetterNamesAndNowhereElse() {
        String hel = IndicatorTestData.knownUnits(1).get(0);
        String q = hel.toLowerCase(Locale.ROOT) + "-";
        ObjectNode letter = IndicatorTestData.letter(year, hel);
        // Helseetaten's «i kvartalsrapport og tertialrapport»; the budget-status-like «innen 20. juni (status pr. mai)»
        IndicatorTestData.indicator(letter, q + "svartid", "PERCENT", "HIGHER_IS_BETTER", "80", "Q1", "T2", "Y");
        IndicatorTestData.indicator(letter, q + "mai", "COUNT", "HIGHER_IS_BETTER", "*", "M05");
        IndicatorTestData.indicator(letter, q + "maned", "COUNT", "HIGHER_IS_BETTER", "*", "M");
        IndicatorTestData.importLetter(letter, TestTokens.department()).then().statusCode(201);

        IndicatorTestData.submit(TestTokens.reporter(hel), hel, year + "-Q2", q + "svartid", "81").then().statusCode(400)
                .body("errors[0].field", equalTo("periodId"))
                .body("errors[0].message", containsString("at Q1, T2, annual report (Q1, T2, Y), not in Q2 " + year));
        given().auth().oauth2(TestTokens.reporter(hel)).header("Accept-Language", "nb").contentType(ContentType.JSON)
                .body("""
                        {"unit":"%s","periodId":"%s-T1","indicator":"%ssvartid","value":81}""".formatted(hel, year, q))
                .post("/api/v1/measurements").then().statusCode(400).body("errors[0].message", equalTo("tildelingsbrevet ber om"
                        + " indikatoren '" + q
                        + "svartid' til 1. kvartal, 2. tertial, årsberetning (Q1, T2, Y), ikke i 1. tertial "
                        + year + " (" + year + "-T1)"));
        IndicatorTestData.submit(TestTokens.reporter(hel), hel, year + "-Q1", q + "svartid", "81").then().statusCode(201);
        IndicatorTestData.submit(TestTokens.reporter(hel), hel, year + "-M05", q + "mai", "12").then().statusCode(201);
        IndicatorTestData.submit(TestTokens.reporter(hel), hel, year + "-M04", q + "mai", "12").then().statusCode(400);

        // a period report lists as due, and as missing, only what the letter asked for at that point
        given().auth().oauth2(TestTokens.reporter(hel)).get("/api/v1/period-reports/{p}/preview", year + "-Q2").then()
                .statusCode(200).body("[0].report.counts.due", equalTo(0)).body("[0].report.missing", hasSize(0));
        given().auth().oauth2(TestTokens.reporter(hel)).get("/api/v1/period-reports/{p}/preview", year + "-M05").then()
                .statusCode(200).body("[0].report.counts.due", equalTo(2))
                .body("[0].report.missing", contains(q + "maned"));
        given().auth().oauth2(TestTokens.reporter(hel)).get("/api/v1/period-reports/{p}/preview", year + "-T2").then()
                .statusCode(200).body("[0].report.counts.due", equalTo(1))
                .body("[0].report.missing", contains(q + "svartid"));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", hel).get("/api/v1/indicators")
                .then().statusCode(200).body("find { it.code == '" + q + "maned' }.reportingPointsNb", equalTo("hver måned"));
    }

    @Test
    void aCallerThatAsksForBokmalGetsTheProblemInBokmal() {
        given().auth().oauth2(TestTokens.reporter(unit)).header("Accept-Language", "nb-NO,nb;q=0.9,en;q=0.5")
                .contentType(ContentType.JSON).body("""
                        {"unit":"%s","periodId":"%s","indicator":"%s","value":100.5}""".formatted(unit, q1, p + "heltid"))
                .post("/api/v1/measurements").then().statusCode(400).header("Content-Language", "nb")
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", equalTo("100,5 passer ikke for indikatoren, som måles i prosent (0–100)"));
        given().auth().oauth2(TestTokens.reporter(unit)).header("Accept-Language", "nb")
                .contentType(ContentType.JSON).body("""
                        {"unit":"%s","periodId":"%s","indicator":"%s"}""".formatted(unit, q1, p + "heltid"))
                .post("/api/v1/measurements").then().statusCode(400)
                .body("errors[0].field", equalTo("value")).body("errors[0].message", equalTo("må fylles ut"));
        given().auth().oauth2(TestTokens.reporter(TestIds.unitCode())).header("Accept-Language", "nb")
                .contentType(ContentType.JSON).body("""
                        {"unit":"%s","periodId":"%s","indicator":"%s","value":80}""".formatted(unit, q1, p + "heltid"))
                .post("/api/v1/measurements").then().statusCode(403)
                .body("detail", containsString("Du kan bare rapportere for din egen enhet"));
        // English stays the default
        submit(p + "heltid", "100.5").then().statusCode(400)
                .body("errors[0].message", equalTo("100.5 does not fit the indicator's value kind PERCENT (0–100)"));
    }

    @Test
    void aReporterCannotReadAnotherUnitsEvaluation() {
        given().auth().oauth2(TestTokens.reporter(TestIds.unitCode())).queryParam("unit", unit).queryParam("period", q1)
                .get("/api/v1/evaluations").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).queryParam("unit", unit).queryParam("period", q1)
                .get("/api/v1/evaluations").then().statusCode(200);
        given().queryParam("unit", unit).queryParam("period", q1).get("/api/v1/evaluations").then().statusCode(401);
        given().auth().oauth2(TestTokens.reader()).queryParam("unit", unit).queryParam("period", year + "-Q5")
                .get("/api/v1/evaluations").then().statusCode(400).body("errors[0].field", equalTo("period"));
    }

    @Test
    void theCloseReportsEveryDueIndicatorWithItsEvaluationCountsMissingAndTiltak() {
        submit(p + "heltid", "74").then().statusCode(201);
        submit(p + "svartid", "81.5").then().statusCode(201);
        long tiltak = given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/goals").then().statusCode(200).extract().jsonPath().getLong("[0].goals[0].goals[0].tiltak[0].id");
        given().auth().oauth2(TestTokens.reporter(unit)).contentType(ContentType.JSON).body("""
                {"unit":"%s","periodId":"%s","tiltak":%d,"status":"IN_PROGRESS","comment":"Team etablert i to soner"}"""
                .formatted(unit, q1, tiltak)).post("/api/v1/tiltak-statuses").then().statusCode(201)
                .body("tiltakKey", equalTo("FO3.1-T1"));
        given().auth().oauth2(TestTokens.reporter(TestIds.unitCode())).contentType(ContentType.JSON).body("""
                {"unit":"%s","periodId":"%s","tiltak":%d,"status":"DONE"}""".formatted(unit, q1, tiltak))
                .post("/api/v1/tiltak-statuses").then().statusCode(403);

        SuiteEvents.periodClosed(q1, 1);
        Predicate<ConsumerRecord<String, String>> ours = r -> unit.equals(r.key())
                && (unit + "/" + q1).equals(TestKafka.header(r, "ce_subject"));
        JsonNode report = EventContract.assertConforms(TestKafka.awaitRecord(Topics.INDICATOR_REPORTS, ours,
                Duration.ofSeconds(30)));
        assertEquals(1, report.path("revision").asInt());
        assertEquals(year, report.path("year").asInt());
        assertEquals(2, report.path("submissions").asInt());
        assertEquals(5, report.at("/counts/due").asInt());
        assertEquals(1, report.at("/counts/met").asInt());
        assertEquals(1, report.at("/counts/notMet").asInt());
        assertEquals(3, report.at("/counts/missing").asInt());
        assertEquals(List.of(p + "liggedogn", p + "som-i-fjor", p + "uten-maltall"),
                IndicatorTestData.JSON.convertValue(report.get("missing"), List.class));
        assertEquals("NOT_MET", report.at("/indicators/0/outcome").asText());
        assertEquals(">75,2 %", report.at("/indicators/0/target").asText());
        assertEquals("74 ikke > 75,2 (måltall >75,2 %)", report.at("/indicators/0/explanationNb").asText());
        assertEquals("MET", report.at("/indicators/4/outcome").asText());
        assertEquals("IN_PROGRESS", report.at("/tiltak/0/status").asText());
        assertEquals("Team etablert i to soner", report.at("/tiltak/0/comment").asText());

        given().auth().oauth2(TestTokens.reporter(unit)).contentType(ContentType.JSON).body("""
                {"unit":"%s","periodId":"%s","tiltak":%d,"status":"DONE"}""".formatted(unit, q1, tiltak))
                .post("/api/v1/tiltak-statuses").then().statusCode(409);
    }

    @Test
    void thePreviewIsTheReportTheUnitWouldGetIfThePeriodClosedNowAndOnlyItsOwn() {
        submit(p + "heltid", "76").then().statusCode(201);
        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("unit", unit)
                .get("/api/v1/period-reports/{p}/preview", q1).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].unit", equalTo(unit)).body("[0].revision", equalTo(0))
                .body("[0].report.counts.due", equalTo(5)).body("[0].report.counts.met", equalTo(1))
                .body("[0].report.counts.missing", equalTo(4))
                .body("[0].report.indicators[0].explanationNb", equalTo("76 > 75,2 (måltall >75,2 %)"));
        // a reporter without a unit parameter gets its own unit, never all
        given().auth().oauth2(TestTokens.reporter(unit)).get("/api/v1/period-reports/{p}/preview", q1).then()
                .statusCode(200).body("unit", contains(unit));
        given().auth().oauth2(TestTokens.reporter(TestIds.unitCode())).queryParam("unit", unit)
                .get("/api/v1/period-reports/{p}/preview", q1).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.department()).get("/api/v1/period-reports/{p}/preview", q1).then()
                .statusCode(200).body("unit", org.hamcrest.Matchers.hasItem(unit));
        given().auth().oauth2(TestTokens.department()).get("/api/v1/period-reports/{p}/preview", year + "-Q5").then()
                .statusCode(400).body("errors[0].field", equalTo("periodId"));
        // nothing was published or stored by looking
        given().auth().oauth2(TestTokens.reporter(unit)).get("/api/v1/period-reports/{p}", q1).then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void theSeriesHasTheLettersHistoryAndTargetAndOnlyWhatWasReportedInClosedPeriods() {
        submit(p + "heltid", "76").then().statusCode(201);
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/indicators/{c}/series", p + "heltid").then()
                .statusCode(200).body("code", equalTo(p + "heltid")).body("unitOfMeasure", equalTo("prosent"))
                .body("valueKind", equalTo("PERCENT"))
                .body("targets[0].year", equalTo(year)).body("targets[0].target", equalTo(">75,2 %"))
                .body("targets[0].threshold", equalTo(75.2f))
                .body("history.year", contains(year - 1)).body("history[0].value", equalTo(70.5f))
                // a draft is not a reported value
                .body("reported.size()", equalTo(0));
        SuiteEvents.periodClosed(q1, 1);
        TestKafka.awaitRecord(Topics.INDICATOR_REPORTS, r -> unit.equals(r.key())
                && (unit + "/" + q1).equals(TestKafka.header(r, "ce_subject")), Duration.ofSeconds(30));
        given().auth().oauth2(TestTokens.reader()).queryParam("unit", unit)
                .get("/api/v1/indicators/{c}/series", p + "heltid").then().statusCode(200)
                .body("reported.size()", equalTo(1)).body("reported[0].unit", equalTo(unit))
                .body("reported[0].periodId", equalTo(q1)).body("reported[0].value", equalTo(76.0f));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/indicators/{c}/series", "finnes-ikke-" + year).then()
                .statusCode(404).contentType("application/problem+json");
    }

    private Response submit(String indicator, String value) {
        return IndicatorTestData.submit(TestTokens.reporter(unit), unit, q1, indicator, value);
    }
}
