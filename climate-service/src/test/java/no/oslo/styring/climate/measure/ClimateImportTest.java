package no.oslo.styring.climate.measure;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.climate.ClimateTestData;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestKafka;
import no.oslo.styring.platform.testing.TestTokens;

@QuarkusTest
class ClimateImportTest {

    @Test
    void helseetatensTableIsImportedWithItsMeasuresIndicatorsAndTargets() {
        String hel = ClimateTestData.knownUnits(1).get(0);
        int year = TestIds.year();
        ObjectNode table = ClimateTestData.helseetaten(year, hel);
        ((ObjectNode) table.at("/measures/0")).put("effectTonnesCo2e", 12.5).putObject("budgetLine").put("unit", hel)
                .put("chapter", "314");
        ClimateTestData.importJson(table, TestTokens.department()).then().statusCode(201)
                .header("Location", containsString("/api/v1/climate-imports/")).body("measures", equalTo(3))
                .body("indicators", equalTo(4)).body("budgetLinesNotKnownYet", equalTo(1)).body("updated", equalTo(false));

        given().auth().oauth2(TestTokens.reporter(hel)).queryParam("year", year).queryParam("unit", hel)
                .get("/api/v1/climate-measures").then().statusCode(200).body("", hasSize(3))
                .body("[0].category", equalTo("DIRECT_EMISSIONS")).body("[0].categoryNb", equalTo("Direkte utslipp"))
                .body("[0].note", equalTo("Beredskapskjøretøy og spesialkjøretøy vil skje senere enn 2025."))
                .body("[0].effectTonnesCo2e", equalTo(12.5f)).body("[0].budgetLine.known", equalTo(false))
                .body("[0].indicators.target", contains("100 %", "100 %"))
                .body("[0].indicators[0].reportingPoints", contains("Q1", "T2", "Y"))
                .body("[0].indicators[0].reportingPointsNb", equalTo("1. kvartal, 2. tertial, årsberetning"));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", TestIds.unitCode())
                .get("/api/v1/climate-measures").then().statusCode(200).body("", hasSize(0));

        // the same table again replaces it: nothing doubles
        ClimateTestData.importJson(table, TestTokens.department()).then().statusCode(201).body("updated", equalTo(true));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).get("/api/v1/climate-measures").then()
                .statusCode(200).body("findAll { it.responsible.contains('" + hel + "') }", hasSize(3));
    }

    @Test
    void anyCityTableCanBeImportedAsCsvAndAMeasureForAllAppliesToEveryUnit() {
        List<String> units = ClimateTestData.knownUnits(2);
        int year = TestIds.year();
        String p = units.get(0).toLowerCase(Locale.ROOT);
        String csv = """
                year;title;measureKey;number;category;responsible;measureText;note;effectTonnesCo2e;indicatorCode;indicatorName;target;direction;periodTypes
                %1$d;Klimabudsjett %1$d – alle virksomheter;%2$s-vegetar;K7;INDIRECT_EMISSIONS;ALL;Vegetarmat som standard på møter og arrangementer;;;%2$s-vegetar-1;Vegetarmat som standard ved arrangementer og møter;100 %%;;Q T Y
                %1$d;Klimabudsjett %1$d – alle virksomheter;%2$s-bygg;;ENERGY;%3$s;Energisparing i egne bygg;;;%2$s-kwh;Energibruk kWh/m2;<=150;LOWER_IS_BETTER;Y
                """
                .formatted(year, p, units.get(1));
        ClimateTestData.importCsv(csv, TestTokens.department()).then().statusCode(201).body("measures", equalTo(2))
                .body("indicators", equalTo(2));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", units.get(0))
                .get("/api/v1/climate-measures").then().statusCode(200).body("key", contains(p + "-vegetar"));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", units.get(1))
                .get("/api/v1/climate-measures").then().statusCode(200).body("key", contains(p + "-vegetar", p + "-bygg"))
                .body("[1].indicators[0].direction", equalTo("LOWER_IS_BETTER"));
    }

    @Test
    void aMeasuresBudgetLineAndRelatedIndicatorAreCheckedOnceTheOtherServicesPublishedThem() {
        String hel = ClimateTestData.knownUnits(1).get(0);
        int year = TestIds.year();
        String code = hel.toLowerCase(Locale.ROOT) + "-svartid";
        ObjectNode table = ClimateTestData.helseetaten(year, hel);
        ((ObjectNode) table.at("/measures/0")).put("relatedIndicator", code).putObject("budgetLine").put("unit", hel)
                .put("chapter", "314");
        ClimateTestData.importJson(table, TestTokens.department()).then().statusCode(201)
                .body("relatedIndicatorsNotKnownYet", equalTo(1)).body("budgetLinesNotKnownYet", equalTo(1));

        // the indicator-service and the budget-service publish them (as their events on their topics)
        TestKafka.produceEvent(Topics.INDICATOR_CHANGES, code, "/styring/indicator-service", EventTypes.INDICATOR_CHANGED,
                year + "/" + code, """
                        {"code":"%s","year":%d,"indicatorId":1,"letterTitle":"T","name":"Svartid","measure":"PERCENT",
                         "direction":"HIGHER_IS_BETTER","periodTypes":["Q"],"units":["%s"],"targets":[],"inLetter":true,
                         "changedAt":"2025-01-01T00:00:00Z","changedBy":"admin-hls"}""".formatted(code, year, hel));
        TestKafka.produceEvent(Topics.BUDGET_CHANGES, hel, "/styring/budget-service", EventTypes.BUDGET_FRAME_CHANGED, hel,
                """
                        {"frameId":77,"unit":"%s","chapter":"314","letterYear":%d,"version":1,
                         "recordedAt":"2025-01-01T00:00:00Z","recordedBy":"admin-hls","reason":"Sak 1","frame":[],
                         "changeFromBase":[],"delta":[]}""".formatted(hel, year));
        // two topics, two consumers: wait for both
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var measure = given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", hel)
                    .get("/api/v1/climate-measures").then().extract().jsonPath();
            return measure.getBoolean("[0].relatedIndicatorKnown") && measure.getBoolean("[0].budgetLine.known");
        });
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", hel)
                .get("/api/v1/climate-measures").then().statusCode(200).body("[0].budgetLine.frameId", equalTo(77));
        ClimateTestData.importJson(table, TestTokens.department()).then().statusCode(201)
                .body("relatedIndicatorsChecked", equalTo(1)).body("budgetLinesChecked", equalTo(1));
    }

    @Test
    void aBadImportNamesEachFieldAndStoresNothing() {
        String unit = ClimateTestData.knownUnits(1).get(0);
        int year = TestIds.year();
        ObjectNode table = ClimateTestData.helseetaten(year, unit);
        ((ObjectNode) table.at("/measures/1/indicators/0")).put("target", "7.961");
        ((ObjectNode) table.at("/measures/2")).putArray("responsible").add("TUKJENT9");
        ClimateTestData.importJson(table, TestTokens.department()).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("measures[1].indicators[0].target"))
                .body("errors[0].message", startsWith("'7.961' is not a target"));
        ((ObjectNode) table.at("/measures/1/indicators/0")).put("target", "100 %");
        ClimateTestData.importJson(table, TestTokens.department()).then().statusCode(422)
                .body("errors.field", contains("measures[2].responsible[0]"))
                .body("errors[0].message", equalTo("unknown unit 'TUKJENT9'"));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).get("/api/v1/climate-measures").then()
                .statusCode(200).body("", hasSize(0));

        ClimateTestData.importCsv("year,title\n2025,x\n", TestTokens.department()).then().statusCode(400)
                .body("errors[0].field", equalTo("body")).body("errors[0].message", containsString("lacks measureKey"));
        ObjectNode badCategory = ClimateTestData.helseetaten(year, unit);
        ((ObjectNode) badCategory.at("/measures/0")).put("category", "VARME");
        ClimateTestData.importJson(badCategory, TestTokens.department()).then().statusCode(400)
                .body("errors.field", hasItem(containsString("category")));
    }

    @Test
    void onlyDepartmentStaffImport() {
        String unit = ClimateTestData.knownUnits(1).get(0);
        ObjectNode table = ClimateTestData.helseetaten(TestIds.year(), unit);
        ClimateTestData.importJson(table, TestTokens.reporter(unit)).then().statusCode(403)
                .contentType("application/problem+json");
        ClimateTestData.importJson(table, TestTokens.reader()).then().statusCode(403);
        given().contentType("application/json").body(table.toString()).post("/api/v1/climate-imports").then()
                .statusCode(401);
    }
}
