package no.oslo.styring.climate.measure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import no.oslo.styring.climate.ClimateTestData;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestTokens;

/**
 * Generality: a klimabudsjett reporting table for all agencies and districts, of the kind the city's climate budget
 * prints and the seed fixtures do not contain, imported as CSV through the public API. Every printed value reads back
 * exactly for an agency and for a district.
 */
@QuarkusTest
class ClimateTableTest {

    /** number; category; measure text; note; effect (t CO₂e); indicator name; target; direction; reporting points. */
    private static final List<List<String>> ROWS = List.of(
            List.of("D-3", "DIRECT_EMISSIONS", "Utslippsfrie bygge- og anleggsplasser i egne prosjekter",
                    "Gjelder kontrakter inngått etter 1. januar", "1 250,5",
                    "Andel utslippsfrie bygge- og anleggsplasser", ">=50 %", "HIGHER_IS_BETTER", "Q1 T2 Y"),
            List.of("D-7", "DIRECT_EMISSIONS", "Utslippsfrie kjøretøy og maskiner i egen drift", "", "310",
                    "Andel utslippsfrie kjøretøy", "100 %", "HIGHER_IS_BETTER", "Q1 T2 Y"),
            List.of("I-2", "INDIRECT_EMISSIONS", "Redusert matsvinn i kantiner, institusjoner og arrangementer", "",
                    "", "Matsvinn per porsjon (gram)", "<=40", "LOWER_IS_BETTER", "Y"),
            List.of("E-1", "ENERGY", "Energieffektivisering og utfasing av fossil oppvarming i egne bygg",
                    "Bygg eid av Omsorgsbygg og Undervisningsbygg rapporteres av disse", "",
                    "Energibruk i egne bygg (kWh/m²)", "<=150", "LOWER_IS_BETTER", "T2 Y"),
            List.of("K-4", "CLIMATE_ADAPTATION", "Åpne overvannsløsninger og blågrønne tak i nye prosjekter", "", "",
                    "Antall prosjekter med åpen overvannshåndtering", "*", "HIGHER_IS_BETTER", "Y"));

    @Test
    void aTableForAllAgenciesReadsBackExactlyForAnAgencyAndADistrict() {
        List<String> units = ClimateTestData.knownUnits(2);
        int year = TestIds.year();
        String p = units.get(0).toLowerCase(Locale.ROOT) + "-kb-";
        StringBuilder csv = new StringBuilder("year;title;measureKey;number;category;responsible;measureText;note;"
                + "effectTonnesCo2e;indicatorCode;indicatorName;target;direction;reportingPoints\n");
        for (int r = 0; r < ROWS.size(); r++) {
            List<String> row = ROWS.get(r);
            csv.append(String.join(";", String.valueOf(year), "Klimabudsjett " + year + " – tiltak for alle virksomheter",
                    p + r, row.get(0), row.get(1), "ALL", row.get(2), row.get(3), row.get(4), p + "ind-" + r, row.get(5),
                    row.get(6), row.get(7), row.get(8))).append('\n');
        }
        ClimateTestData.importCsv(csv.toString(), TestTokens.department()).then().statusCode(201)
                .body("measures", equalTo(ROWS.size())).body("indicators", equalTo(ROWS.size()));

        for (String unit : units) {
            JsonPath read = given().auth().oauth2(TestTokens.reporter(unit)).queryParam("year", year)
                    .queryParam("unit", unit).get("/api/v1/climate-measures").then().statusCode(200).extract().jsonPath();
            assertEquals(ROWS.size(), read.getList("").size(), unit);
            for (int r = 0; r < ROWS.size(); r++) {
                List<String> row = ROWS.get(r);
                Map<String, Object> m = read.getMap("find { it.key == '" + p + r + "' }");
                assertEquals(row.get(0), m.get("number"));
                assertEquals(row.get(1), m.get("category"));
                assertEquals(List.of("ALL"), m.get("responsible"));
                assertEquals(row.get(2), m.get("text"), "as printed");
                assertEquals(row.get(3).isEmpty() ? null : row.get(3), m.get("note"));
                BigDecimal effect = row.get(4).isEmpty()
                        ? null
                        : new BigDecimal(row.get(4).replace(" ", "").replace(',', '.'));
                Object effectRead = read.get("find { it.key == '" + p + r + "' }.effectTonnesCo2e");
                if (effect == null) {
                    assertEquals(null, effectRead);
                } else {
                    assertEquals(0, effect.compareTo(new BigDecimal(String.valueOf(effectRead))), effect + " / " + effectRead);
                }
                String i = "find { it.key == '" + p + r + "' }.indicators[0]";
                assertEquals(row.get(5), read.getString(i + ".name"));
                assertEquals(row.get(6), read.getString(i + ".target"), "the måltall as printed");
                assertEquals(row.get(7), read.getString(i + ".direction"));
                assertEquals(List.of(row.get(8).split(" ")), read.getList(i + ".reportingPoints"));
            }
        }
        // the table is the city's: the category reads in bokmål, and a unit outside «ALL» does not exist
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", units.get(1))
                .get("/api/v1/climate-measures").then().statusCode(200)
                .body("find { it.key == '" + p + "4' }.categoryNb", equalTo("Klimatilpasning og naturlig karbonlagring"));
    }
}
