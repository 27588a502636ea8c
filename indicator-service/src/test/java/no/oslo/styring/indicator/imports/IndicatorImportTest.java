package no.oslo.styring.indicator.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import no.oslo.styring.contract.Topics;
import no.oslo.styring.indicator.IndicatorTestData;
import no.oslo.styring.platform.testing.EventContract;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestKafka;
import no.oslo.styring.platform.testing.TestTokens;

@QuarkusTest
class IndicatorImportTest {

    @Test
    void theHelseetatenLetterIsImportedWithItsHierarchyIndicatorsAndTargets() {
        String hel = IndicatorTestData.knownUnits(1).get(0);
        int year = TestIds.year();
        ObjectNode letter = IndicatorTestData.readdressed("indicators-2025-helseetaten.json", year, List.of(hel));
        IndicatorTestData.importLetter(letter, TestTokens.department()).then().statusCode(201)
                .header("Location", containsString("/api/v1/indicator-imports/")).body("goals", equalTo(7))
                .body("tiltak", equalTo(7)).body("indicators", equalTo(11)).body("duplicateRows", equalTo(0))
                .body("updated", equalTo(false));

        JsonPath goals = given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", hel)
                .get("/api/v1/goals").then().statusCode(200).body("", hasSize(1)).extract().jsonPath();
        assertEquals(List.of("1", "3", "5"), goals.getList("[0].goals.code"));
        assertEquals(List.of("5.1", "5.2"), goals.getList("[0].goals[2].goals.code"));
        assertEquals(3, goals.getList("[0].goals[2].goals[0].tiltak").size());
        assertTrue(goals.getString("[0].goals[2].goals[0].tiltak[1].explanation")
                .startsWith("Oppdrag om fremtidsrettet innretning av Tannhelsetjenesten skal leveres 31.1.25"));

        given().auth().oauth2(TestTokens.reporter(hel)).queryParam("year", year).queryParam("unit", hel)
                .get("/api/v1/indicators").then().statusCode(200).body("", hasSize(11))
                .body("find { it.name.startsWith('Svartid') }.reportingPoints", contains("Q1", "T2", "Y"))
                .body("find { it.name.startsWith('Svartid') }.reportingPointsNb",
                        equalTo("1. kvartal, 2. tertial, årsberetning"))
                .body("find { it.name.startsWith('Svartid') }.targets[0].target", equalTo("80"))
                .body("find { it.name.startsWith('Svartid') }.history.printed", contains("25", "50"))
                .body("find { it.name.startsWith('Endring i funksjonsnivå') }.history[1].value", equalTo(38.9f));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", TestIds.unitCode())
                .get("/api/v1/indicators").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void theBydelLetterGoesToEveryDistrictAndItsDuplicatedRowsAreImportedOnce() {
        List<String> districts = IndicatorTestData.knownUnits(3);
        int year = TestIds.year();
        ObjectNode letter = IndicatorTestData.readdressed("indicators-2024-bydelene.json", year, districts);
        IndicatorTestData.importLetter(letter, TestTokens.department()).then().statusCode(201).body("goals", equalTo(41))
                .body("tiltak", equalTo(97)).body("indicators", equalTo(28)).body("duplicateRows", equalTo(6));

        for (String district : districts) {
            given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", district)
                    .get("/api/v1/indicators").then().statusCode(200).body("", hasSize(28));
        }
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", districts.get(1))
                .get("/api/v1/goals").then().statusCode(200)
                .body("[0].goals.code", hasItem("FO4A"))
                .body("[0].goals.find { it.key == 'FO4A' }.goals.find { it.key == 'FO4A.7' }.tiltak.withdrawn",
                        hasItem("Tiltaket er ikke aktuelt. Strategien er trukket."))
                .body("[0].goals.find { it.key == 'FO3' }.indicators", hasSize(8));

        // importing the same letter again updates it: nothing doubles
        IndicatorTestData.importLetter(letter, TestTokens.department()).then().statusCode(201)
                .body("updated", equalTo(true)).body("indicators", equalTo(28));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", districts.get(0))
                .get("/api/v1/indicators").then().statusCode(200).body("", hasSize(28));
    }

    @Test
    void aBadImportNamesEachFieldAndStoresNothing() {
        String unit = IndicatorTestData.knownUnits(1).get(0);
        int year = TestIds.year();
        ObjectNode letter = IndicatorTestData.readdressed("indicators-2025-helseetaten.json", year,
                List.of(unit, "TUNKNOWN9"));
        ((ObjectNode) letter.at("/indicators/3/targets/0")).put("target", "7.961");
        ((ObjectNode) letter.at("/goals/1")).put("parent", "M5.1");
        IndicatorTestData.importLetter(letter, TestTokens.department()).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("goals[1].parent", "indicators[3].targets[0].target", "letter.units[1]"))
                .body("errors.find { it.field.endsWith('target') }.message", startsWith("'7.961' is not a target"));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).get("/api/v1/goals").then().statusCode(200)
                .body("", hasSize(0));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).get("/api/v1/indicators").then()
                .statusCode(200).body("", hasSize(0));

        IndicatorTestData.importLetter("{\"format\":", TestTokens.department()).then().statusCode(400)
                .contentType("application/problem+json");
        ObjectNode badLevel = IndicatorTestData.readdressed("indicators-2025-helseetaten.json", year, List.of(unit));
        ((ObjectNode) badLevel.at("/goals/0")).put("level", "DELMAL");
        IndicatorTestData.importLetter(badLevel, TestTokens.department()).then().statusCode(400)
                .body("errors.field", hasItem(containsString("level")));
    }

    @Test
    void anImportPublishesEachIndicatorItCreatesChangesOrLeavesOut() {
        String unit = IndicatorTestData.knownUnits(1).get(0);
        int year = TestIds.year();
        String p = unit.toLowerCase(java.util.Locale.ROOT) + "-";
        ObjectNode letter = IndicatorTestData.letter(year, unit);
        IndicatorTestData.indicator(letter, p + "a", "PERCENT", "HIGHER_IS_BETTER", ">75,2 %", "Y");
        IndicatorTestData.indicator(letter, p + "b", "COUNT", "LOWER_IS_BETTER", "<=629", "Y");
        IndicatorTestData.importLetter(letter, TestTokens.department()).then().statusCode(201);
        java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> ours = r -> r.key()
                .startsWith(p);
        var created = TestKafka.awaitRecords(Topics.INDICATOR_CHANGES, ours, 2, java.time.Duration.ofSeconds(30));
        // one partition per key: the two indicators' events may come in either order
        JsonNode a = EventContract.assertConforms(created.stream().filter(r -> r.key().equals(p + "a")).findFirst()
                .orElseThrow());
        assertEquals(">75,2 %", a.at("/targets/0/target").asText());
        assertEquals(List.of(unit), IndicatorTestData.JSON.convertValue(a.get("units"), List.class));

        // the same letter again changes nothing; a changed target and a left-out indicator are one event each
        IndicatorTestData.importLetter(letter, TestTokens.department()).then().statusCode(201);
        ((ObjectNode) letter.at("/indicators/0/targets/0")).put("target", ">76 %");
        letter.withArray("indicators").remove(1);
        IndicatorTestData.importLetter(letter, TestTokens.department()).then().statusCode(201);
        var all = TestKafka.awaitRecords(Topics.INDICATOR_CHANGES, ours, 4, java.time.Duration.ofSeconds(30));
        assertEquals(4, TestKafka.recordsNow(Topics.INDICATOR_CHANGES, ours, java.time.Duration.ofSeconds(1)).size());
        JsonNode changed = EventContract.assertConforms(all.stream().filter(r -> r.key().equals(p + "a")).toList().get(1));
        assertEquals(">76 %", changed.at("/targets/0/target").asText());
        JsonNode leftOut = EventContract.assertConforms(all.stream().filter(r -> r.key().equals(p + "b")).toList().get(1));
        assertEquals(false, leftOut.path("inLetter").asBoolean());
    }

    @Test
    void onlyDepartmentStaffImport() {
        String unit = IndicatorTestData.knownUnits(1).get(0);
        ObjectNode letter = IndicatorTestData.readdressed("indicators-2025-helseetaten.json", TestIds.year(), List.of(unit));
        IndicatorTestData.importLetter(letter, TestTokens.reporter(unit)).then().statusCode(403)
                .contentType("application/problem+json");
        IndicatorTestData.importLetter(letter, TestTokens.reader()).then().statusCode(403);
        given().contentType("application/json").body(letter.toString()).post("/api/v1/indicator-imports").then()
                .statusCode(401);
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/indicator-imports/{id}", 987654321).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
