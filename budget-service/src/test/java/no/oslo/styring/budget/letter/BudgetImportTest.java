package no.oslo.styring.budget.letter;

import static io.restassured.RestAssured.given;
import static no.oslo.styring.budget.BudgetTestData.awaitKnown;
import static no.oslo.styring.budget.BudgetTestData.fixture;
import static no.oslo.styring.budget.BudgetTestData.helseetaten;
import static no.oslo.styring.budget.BudgetTestData.importLetter;
import static no.oslo.styring.budget.BudgetTestData.knownUnit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.oslo.styring.platform.testing.SuiteEvents;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestTokens;

/**
 * Importing the seed letters' budget tables over REST returns exactly the letters' figures; an import off by one is refused
 * as a whole, naming table, row and year, and stores nothing. Each test imports under its own unit and year.
 */
@QuarkusTest
class BudgetImportTest {

    private static final List<String> BYDELER = List.of("030101", "030102", "030103", "030104", "030105", "030106", "030107",
            "030108", "030109", "030110", "030111", "030112", "030113", "030114", "030115");

    @Test
    void helseetatensTablesComeBackExactly() throws IOException {
        String unit = knownUnit();
        int year = TestIds.year();
        ObjectNode letter = helseetaten(unit, year);
        importLetter(letter, TestTokens.department()).then().statusCode(201)
                .header("Location", containsString("/api/v1/budget-imports/"))
                .body("frames", equalTo(1)).body("investments", equalTo(1));

        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/budget-frames").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].chapter", equalTo("314"))
                .body("[0].base.text", equalTo("Vedtatt Dok 3"))
                .body("[0].lines", hasSize(22))
                .body("[0].frame.year", equalTo(List.of(year, year + 1, year + 2, year + 3)))
                .body("[0].version", equalTo(1))
                .body("[0].reason", equalTo("Tildelingsbrev " + year + " – " + unit))
                .body("[0].frame.amount", equalTo(List.of(1_206_593, 1_187_563, 1_175_234, 1_163_333)))
                .body("[0].changeFromBase.amount", equalTo(List.of(33_993, 14_963, 2_634, -9_267)));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/investments").then().statusCode(200)
                .body("[0].projects", hasSize(4))
                .body("[0].total.amount", equalTo(List.of(39_141, 15_200, 7_600, 32_500)));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/earmarked-funds").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].amount", equalTo(78_000))
                .body("[0].purpose", equalTo("Tannhelse – styrking av lovpålagte grupper"));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/budget-assumptions").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].title", equalTo("Øremerkede midler i budsjettet for 2025"));
    }

    @Test
    void aTotalOffByOneIsRefusedNamingTableRowAndYearAndNothingIsStored() throws IOException {
        String unit = knownUnit();
        int year = TestIds.year();
        ObjectNode letter = helseetaten(unit, year);
        ArrayNode stated = (ArrayNode) letter.at("/frames/0/statedTotal/amounts");
        stated.set(2, stated.get(2).asLong() + 1);
        importLetter(letter, TestTokens.department()).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:no:oslo:styring:problem:budget-import-refused"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("frames[0].statedTotal.amounts[2]"))
                .body("errors[0].message", containsString("Kap. 314 HEL, Ramme Sak 1/2025, " + (year + 2) + ": the letter "
                        + "states 1175235, the rows add up to 1175234"));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).get("/api/v1/budget-frames")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void theBydelDistributionSumsToTheLetters() throws IOException {
        BYDELER.forEach(code -> SuiteEvents.unitUpserted(code, "DISTRICT"));
        awaitKnown(BYDELER);
        int year = TestIds.year();
        ObjectNode letter = fixture("budget-2024-bydelene.json");
        ((ObjectNode) letter.get("letter")).put("year", year);
        importLetter(letter, TestTokens.department()).then().statusCode(201).body("districtRows", equalTo(15));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).get("/api/v1/district-distribution")
                .then().statusCode(200)
                .body("[0].rows", hasSize(15))
                .body("[0].driftsramme", equalTo(28_075_184))
                .body("[0].okonomiskSosialhjelp", equalTo(1_681_512))
                .body("[0].sum", equalTo(29_756_696))
                .body("[0].rows.find { it.unit == '030112' }.name", equalTo("Alna"))
                // the printed title's mark and its footnote, stored once with the table
                .body("[0].title", equalTo("Bydelsfordelt ramme 2024"))
                .body("[0].titleMark", equalTo("*"))
                .body("[0].footnote", startsWith("med forbehold om endringer når byrådet"));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).get("/api/v1/earmarked-funds")
                .then().statusCode(200)
                .body("", hasSize(11))
                .body("amount.sum()", equalTo(254_972));
        // Alna sees the funds for all bydeler, not another bydel's
        given().auth().oauth2(TestTokens.reporter("030112")).queryParam("year", year).queryParam("unit", "030112")
                .get("/api/v1/earmarked-funds").then().statusCode(200)
                .body("recipient.unique()", equalTo(List.of("ALL")));
    }

    @Test
    void badImportsAreRefusedAndOnlyDepartmentStaffImport() throws IOException {
        String unit = TestIds.unitCode(); // never published: unknown here
        ObjectNode letter = helseetaten(unit, TestIds.year());
        importLetter(letter, TestTokens.department()).then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem("frames[0].unit"));
        ObjectNode decimal = helseetaten(unit, TestIds.year());
        ((ArrayNode) decimal.at("/frames/0/base/amounts")).set(0,
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(1.5));
        importLetter(decimal, TestTokens.department()).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("frames[0].base.amounts[0]"));
        importLetter("{\"format\":", TestTokens.department()).then().statusCode(400);
        importLetter(letter, TestTokens.reporter(unit)).then().statusCode(403);
        importLetter(letter, TestTokens.reader()).then().statusCode(403);
        given().contentType(ContentType.JSON).body(letter.toString()).post("/api/v1/budget-imports").then().statusCode(401);
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/budget-frames").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        // a body of 10 MB is refused before it is read
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body(new byte[10 * 1024 * 1024])
                .post("/api/v1/budget-imports").then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:no:oslo:styring:problem:body-too-large"));
    }
}
