package no.oslo.styring.indicator.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.oslo.styring.contract.Topics;
import no.oslo.styring.indicator.IndicatorTestData;
import no.oslo.styring.platform.testing.EventContract;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestKafka;
import no.oslo.styring.platform.testing.TestTokens;

/**
 * «Lokale måltall»: a letter to several districts prints the city's targets and history; a district is judged against its
 * own target where it has one, says so, and «at least as good as last year» is its own result, never the city's.
 */
@QuarkusTest
class LocalTargetTest {

    String a;
    String b;
    int year;
    String q1;
    String p;

    @BeforeEach
    void aLetterToTwoDistrictsWithTheCitysFigures() {
        List<String> units = IndicatorTestData.knownUnits(2);
        a = units.get(0);
        b = units.get(1);
        year = TestIds.year();
        q1 = year + "-Q1";
        p = a.toLowerCase(Locale.ROOT) + "-lok-";
        ObjectNode letter = IndicatorTestData.letter(year, a, b);
        // the city's target; a has its own in the letter's import
        IndicatorTestData.indicator(letter, p + "heltid", "PERCENT", "HIGHER_IS_BETTER", ">75 %", "Q", "Y")
                .putArray("unitTargets").addObject().put("unit", a).put("year", year).put("target", ">80 %");
        // the city's history (70,5 for last year) is not a district's own result
        IndicatorTestData.indicator(letter, p + "som-i-fjor", "PERCENT", "HIGHER_IS_BETTER",
                "1) Minst like godt resultat som for " + (year - 1), "Q", "Y");
        IndicatorTestData.importLetter(letter, TestTokens.department()).then().statusCode(201);
    }

    @Test
    void eachDistrictIsJudgedAgainstItsOwnTargetWhereItHasOneAndTheEvaluationSaysWhich() {
        submit(a, p + "heltid", "78").then().statusCode(201);
        submit(b, p + "heltid", "78").then().statusCode(201);
        submit(a, p + "som-i-fjor", "71").then().statusCode(201);
        evaluation(a).body("indicators.find { it.code == '" + p + "heltid' }.outcome", equalTo("NOT_MET"))
                .body("indicators.find { it.code == '" + p + "heltid' }.target", equalTo(">80 %"))
                .body("indicators.find { it.code == '" + p + "heltid' }.targetSource", equalTo("UNIT"))
                .body("indicators.find { it.code == '" + p + "heltid' }.explanationNb", endsWith("enhetens eget måltall"))
                // the letter's 70,5 is the city's: a district without its own result for last year has none
                .body("indicators.find { it.code == '" + p + "som-i-fjor' }.threshold", equalTo(null))
                .body("indicators.find { it.code == '" + p + "som-i-fjor' }.outcome", equalTo("NO_TARGET"));
        evaluation(b).body("indicators.find { it.code == '" + p + "heltid' }.outcome", equalTo("MET"))
                .body("indicators.find { it.code == '" + p + "heltid' }.targetSource", equalTo("LETTER"));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", b).get("/api/v1/indicators")
                .then().statusCode(200).body("find { it.code == '" + p + "heltid' }.historyScope", equalTo("CITY"))
                .body("find { it.code == '" + p + "heltid' }.unitTargets[0].unit", equalTo(a));
    }

    @Test
    void aDistrictsOwnTargetsAndResultsCanBeSetLaterWithoutImportingTheLetterAgain() {
        long heltid = id(p + "heltid");
        long somIFjor = id(p + "som-i-fjor");
        setLocal(heltid, b, """
                {"targets":[{"year":%d,"target":">79 %%"}]}""".formatted(year)).then().statusCode(200)
                .body("unitTargets.unit", hasItem(b)).body("unitTargets.unit", hasItem(a));
        setLocal(somIFjor, b, """
                {"history":[{"year":%d,"value":"72,5 %%"}]}""".formatted(year - 1)).then().statusCode(200)
                .body("unitHistory[0].value", equalTo("72,5 %"));
        // the import's event, then the change's
        var events = TestKafka.awaitRecords(Topics.INDICATOR_CHANGES, r -> r.key().equals(p + "heltid"), 2,
                Duration.ofSeconds(30));
        JsonNode changed = EventContract.assertConforms(events.get(1));
        assertEquals(2, changed.path("unitTargets").size());
        assertEquals(">79 %", changed.at("/unitTargets/1/target").asText());

        submit(b, p + "heltid", "78").then().statusCode(201);
        submit(b, p + "som-i-fjor", "72").then().statusCode(201);
        evaluation(b).body("indicators.find { it.code == '" + p + "heltid' }.outcome", equalTo("NOT_MET"))
                .body("indicators.find { it.code == '" + p + "heltid' }.targetSource", equalTo("UNIT"))
                .body("indicators.find { it.code == '" + p + "som-i-fjor' }.threshold", equalTo(72.5f))
                .body("indicators.find { it.code == '" + p + "som-i-fjor' }.outcome", equalTo("NOT_MET"));
    }

    @Test
    void localFiguresForAUnitOutsideTheLetterOrOutsideTheGrammarAreRefusedAndOnlyDepartmentStaffSetThem() {
        long heltid = id(p + "heltid");
        setLocal(heltid, TestIds.unitCode(), "{\"targets\":[]}").then().statusCode(400)
                .body("errors[0].field", equalTo("unit"));
        setLocal(heltid, b, """
                {"targets":[{"year":%d,"target":"omtrent 80"}],"history":[{"year":%d}]}""".formatted(year, year - 1))
                .then().statusCode(400).body("errors.field", equalTo(List.of("targets[0].target", "history[0].value")));
        given().auth().oauth2(TestTokens.reporter(b)).contentType(ContentType.JSON).body("{\"targets\":[]}")
                .put("/api/v1/indicators/{id}/units/{unit}", heltid, b).then().statusCode(403);
        setLocal(987654321L, b, "{\"targets\":[]}").then().statusCode(404);
        // nothing changed
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/indicators/{id}", heltid).then().statusCode(200)
                .body("unitTargets.size()", equalTo(1));
    }

    private long id(String code) {
        return given().auth().oauth2(TestTokens.reader()).queryParam("year", year).get("/api/v1/indicators").then()
                .statusCode(200).extract().jsonPath().getLong("find { it.code == '" + code + "' }.id");
    }

    private io.restassured.response.Response setLocal(long id, String unit, String body) {
        return given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/indicators/{id}/units/{unit}", id, unit);
    }

    private io.restassured.response.Response submit(String unit, String indicator, String value) {
        return IndicatorTestData.submit(TestTokens.reporter(unit), unit, q1, indicator, value);
    }

    private io.restassured.response.ValidatableResponse evaluation(String unit) {
        return given().auth().oauth2(TestTokens.reporter(unit)).queryParam("unit", unit).queryParam("period", q1)
                .get("/api/v1/evaluations").then().statusCode(200);
    }
}
