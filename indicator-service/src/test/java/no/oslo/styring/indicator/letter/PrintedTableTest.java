package no.oslo.styring.indicator.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.oslo.styring.indicator.IndicatorTestData;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestTokens;

/**
 * Generality: a table of the kind an årsberetning prints («Nøkkeltall»), which the seed fixtures do not contain, imported
 * through the public API only, with footnote marks on values and names and units other than percent and count. Every
 * printed value reads back exactly, with its number, its mark and the footnote's text.
 */
@QuarkusTest
class PrintedTableTest {

    /** Name, unit, kind, decimals, the two printed results and the printed target of each row. */
    private static final List<List<Object>> ROWS = List.of(
            List.of("Innbyggere i bydelen", "innbyggere", "WHOLE", -1, "31 274²", "31 806", "*"),
            List.of("Andel innbyggere med fastlege i bydelen", "prosent", "PERCENT", 1, "63,6 (1)", "64,1", ">65 %"),
            List.of("Årsmiddel NO₂ ved målestasjonen", "µg/m³", "DECIMAL", 1, "24,1", "22,8", "<=25"),
            List.of("Gang- og sykkelveier vedlikeholdt", "km", "DECIMAL", 1, "1 203,5", "1 214", ">=1 214"),
            List.of("Netto driftsutgifter per innbygger", "kroner", "WHOLE", 0, "52 318", "54 907", "*"),
            List.of("Innbyggere per legehjemmel²", "innbyggere per legehjemmel", "DECIMAL", 0, "1 012", "998", "<1 000"),
            List.of("Gjennomsnittlig saksbehandlingstid byggesak", "dager", "DECIMAL", 1, "41,5", "38", "1)"));

    @Test
    void aKeyFigureTableWithFootnotesAndUnitsReadsBackExactlyAsPrinted() {
        String unit = IndicatorTestData.knownUnits(1).get(0);
        int year = TestIds.year();
        String p = unit.toLowerCase(Locale.ROOT) + "-nt-";
        StringBuilder indicators = new StringBuilder();
        for (int r = 0; r < ROWS.size(); r++) {
            List<Object> row = ROWS.get(r);
            int decimals = (Integer) row.get(3);
            indicators.append(r == 0 ? "" : ",").append("""
                    {"code":"%s%d","goal":"K1","name":"%s","unitOfMeasure":"%s","valueKind":"%s",%s
                     "direction":"HIGHER_IS_BETTER","reportingPoints":["Y"],
                     "history":[{"year":%d,"value":"%s"},{"year":%d,"value":"%s"}],
                     "targets":[{"year":%d,"target":"%s"}]}""".formatted(p, r, row.get(0), row.get(1), row.get(2),
                    decimals < 0 ? "" : "\"decimals\":" + decimals + ",", year - 2, row.get(4), year - 1, row.get(5),
                    year, row.get(6)));
        }
        String body = """
                {"format":"styring.indicator-import.v3",
                 "letter":{"year":%d,"title":"Årsberetning %d – nøkkeltall","units":["%s"]},
                 "goals":[{"key":"K1","level":"KOMMUNEMAL","code":"1","title":"Nøkkeltall"}],
                 "footnotes":[{"mark":"²","text":"Tall per 1. januar; fra 2023 etter ny kommuneinndeling"},
                              {"mark":"(1)","text":"Ny beregningsmåte fra 2023"},
                              {"mark":"1)","text":"Minst like godt resultat som for %d"}],
                 "indicators":[%s]}""".formatted(year, year - 1, unit, year - 1, indicators);
        IndicatorTestData.importLetter(body, TestTokens.department()).then().statusCode(201);

        JsonPath read = given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
        assertEquals(ROWS.size(), read.getList("").size());
        for (int r = 0; r < ROWS.size(); r++) {
            List<Object> row = ROWS.get(r);
            Map<String, Object> i = read.getMap("find { it.code == '" + p + r + "' }");
            assertEquals(row.get(0), i.get("name"));
            assertEquals(row.get(1), i.get("unitOfMeasure"));
            assertEquals(row.get(2), i.get("valueKind"));
            List<Map<String, Object>> history = read.getList("find { it.code == '" + p + r + "' }.history");
            assertEquals(List.of(row.get(4), row.get(5)), history.stream().map(h -> h.get("printed")).toList(),
                    "every printed value reads back exactly");
            String target = read.getString("find { it.code == '" + p + r + "' }.targets[0].printed");
            assertEquals(row.get(6), target);
        }
        // «31 274²» is the number 31 274 with the mark ², and the footnote's text is served with it
        String first = "find { it.code == '" + p + "0' }";
        assertEquals(31274, read.getInt(first + ".history[0].value"));
        assertEquals("²", read.getString(first + ".history[0].mark"));
        assertEquals(List.of(Map.of("mark", "²", "text", "Tall per 1. januar; fra 2023 etter ny kommuneinndeling")),
                read.getList(first + ".footnotes"));
        assertNull(read.get(first + ".history[1].mark"));
        String share = "find { it.code == '" + p + "1' }";
        assertEquals(63.6f, read.getFloat(share + ".history[0].value"));
        assertEquals("(1)", read.getString(share + ".history[0].mark"));
        assertEquals(1203.5f, read.getFloat("find { it.code == '" + p + "3' }.history[0].value"));
        assertEquals("²", read.getString("find { it.code == '" + p + "5' }.nameMark"), "a mark on a name");
        // a target printed as a mark is the footnote's text in the target grammar
        String days = "find { it.code == '" + p + "6' }";
        assertEquals("1) Minst like godt resultat som for " + (year - 1), read.getString(days + ".targets[0].target"));
        assertEquals("1)", read.getString(days + ".targets[0].mark"));

        // evaluation reads the marked values as numbers: «at least as good as last year» is 38 (the unit's own history)
        String y = year + "-Y";
        given().auth().oauth2(TestTokens.reporter(unit)).contentType(ContentType.JSON).body("""
                {"unit":"%s","periodId":"%s","indicator":"%s6","value":37.5}""".formatted(unit, y, p))
                .post("/api/v1/measurements").then().statusCode(201);
        given().auth().oauth2(TestTokens.reporter(unit)).contentType(ContentType.JSON).body("""
                {"unit":"%s","periodId":"%s","indicator":"%s5","value":998.5}""".formatted(unit, y, p))
                .post("/api/v1/measurements").then().statusCode(400).body("errors[0].field", equalTo("value"));
        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("unit", unit).queryParam("period", y)
                .get("/api/v1/evaluations").then().statusCode(200)
                .body("indicators.find { it.code == '" + p + "6' }.threshold", equalTo(38))
                .body("indicators.find { it.code == '" + p + "6' }.unitOfMeasure", equalTo("dager"));
    }

    @Test
    void aFootnoteThatIsNotAMarkOrATargetOnlyAMarkWithoutItsFootnoteIsRefusedAndNothingStored() {
        String unit = IndicatorTestData.knownUnits(1).get(0);
        int year = TestIds.year();
        String body = """
                {"format":"styring.indicator-import.v3",
                 "letter":{"year":%d,"title":"Nøkkeltall","units":["%s"]},
                 "goals":[{"key":"K1","level":"KOMMUNEMAL","code":"1","title":"Nøkkeltall"}],
                 "footnotes":[{"mark":"7","text":"Et siffer er ikke et fotnotetegn"}],
                 "indicators":[{"code":"%s-x","goal":"K1","name":"X","unitOfMeasure":"km","valueKind":"DECIMAL",
                   "direction":"HIGHER_IS_BETTER","reportingPoints":["Y"],"history":[],
                   "targets":[{"year":%d,"target":"2)"}]}]}""".formatted(year, unit, unit.toLowerCase(Locale.ROOT), year);
        IndicatorTestData.importLetter(body, TestTokens.department()).then().statusCode(422)
                .body("errors.field", hasItem("footnotes[0].mark"))
                .body("errors.field", hasItem("indicators[0].targets[0].target"));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).get("/api/v1/indicators").then()
                .statusCode(200).body("size()", equalTo(0));
    }
}
