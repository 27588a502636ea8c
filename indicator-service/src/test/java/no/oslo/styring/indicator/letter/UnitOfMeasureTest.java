package no.oslo.styring.indicator.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Locale;

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

/** An indicator in any unit of measure the letter prints: stored, served, published and checked against its value kind. */
@QuarkusTest
class UnitOfMeasureTest {

    @Test
    void anIndicatorInMicrogramsPerCubicMetreIsStoredServedPublishedAndItsValuesChecked() {
        String unit = IndicatorTestData.knownUnits(1).get(0);
        int year = TestIds.year();
        String code = unit.toLowerCase(Locale.ROOT) + "-pm10";
        ObjectNode letter = IndicatorTestData.letter(year, unit);
        IndicatorTestData.indicator(letter, code, new ValueFormat("µg/m³", ValueKind.DECIMAL, 1), "LOWER_IS_BETTER",
                "<=20", "Y").putArray("inferred").add("direction");
        IndicatorTestData.importLetter(letter, TestTokens.department()).then().statusCode(201);

        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/indicators").then().statusCode(200)
                .body("find { it.code == '" + code + "' }.unitOfMeasure", equalTo("µg/m³"))
                .body("find { it.code == '" + code + "' }.valueKind", equalTo("DECIMAL"))
                .body("find { it.code == '" + code + "' }.decimals", equalTo(1))
                .body("find { it.code == '" + code + "' }.valueRuleNb", equalTo("0 eller mer, høyst 1 desimal"))
                .body("find { it.code == '" + code + "' }.inferred", equalTo(java.util.List.of("direction")));
        JsonNode changed = EventContract.assertConforms(TestKafka.awaitRecord(Topics.INDICATOR_CHANGES,
                r -> code.equals(r.key()), Duration.ofSeconds(30)));
        assertEquals("µg/m³", changed.path("unitOfMeasure").asText());
        assertEquals("DECIMAL", changed.path("valueKind").asText());
        assertEquals(1, changed.path("decimals").asInt());
        assertEquals("OTHER", changed.path("measure").asText(), "none of the first version's six");

        String y = year + "-Y";
        given().auth().oauth2(TestTokens.reporter(unit)).header("Accept-Language", "nb").contentType(ContentType.JSON)
                .body("""
                        {"unit":"%s","periodId":"%s","indicator":"%s","value":14.25}""".formatted(unit, y, code))
                .post("/api/v1/measurements").then().statusCode(400).body("errors[0].field", equalTo("value"))
                .body("errors[0].message",
                        equalTo("14,25 passer ikke for indikatoren, som måles i µg/m³ (0 eller mer, høyst 1 desimal)"));
        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("unit", unit).queryParam("period", y)
                .get("/api/v1/measurements").then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(TestTokens.reporter(unit)).contentType(ContentType.JSON).body("""
                {"unit":"%s","periodId":"%s","indicator":"%s","value":14.2}""".formatted(unit, y, code))
                .post("/api/v1/measurements").then().statusCode(201);
        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("unit", unit).queryParam("period", y)
                .get("/api/v1/evaluations").then().statusCode(200)
                .body("indicators[0].outcome", equalTo("MET")).body("indicators[0].unitOfMeasure", equalTo("µg/m³"))
                .body("indicators[0].valueKind", equalTo("DECIMAL"));
    }

    @Test
    void anIndicatorWithoutAUnitOrWithAKindThatDoesNotExistIsRefusedNamingTheFieldAndNothingIsStored() {
        String unit = IndicatorTestData.knownUnits(1).get(0);
        int year = TestIds.year();
        ObjectNode letter = IndicatorTestData.letter(year, unit);
        IndicatorTestData.indicator(letter, unit.toLowerCase(Locale.ROOT) + "-km", "COUNT", "HIGHER_IS_BETTER", "*", "Y")
                .remove("unitOfMeasure");
        IndicatorTestData.importLetter(letter, TestTokens.department()).then().statusCode(422)
                .body("errors.field", hasItem("indicators[0].unitOfMeasure"));
        ((ObjectNode) letter.at("/indicators/0")).put("unitOfMeasure", "km").put("valueKind", "KILOMETRES");
        IndicatorTestData.importLetter(letter, TestTokens.department()).then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("valueKind")));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).get("/api/v1/indicators").then()
                .statusCode(200).body("size()", equalTo(0));
    }
}
