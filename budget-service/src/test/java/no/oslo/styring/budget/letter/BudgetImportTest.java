package no.oslo.styring.budget.letter;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
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

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BYDELER = List.of("030101", "030102", "030103", "030104", "030105", "030106", "030107",
            "030108", "030109", "030110", "030111", "030112", "030113", "030114", "030115");

    private static ObjectNode fixture(String name) throws IOException {
        try (InputStream in = BudgetImportTest.class.getClassLoader().getResourceAsStream("fixtures/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    /** The Helseetaten letter, re-addressed to a fresh unit and year so that tests share nothing. */
    private static ObjectNode helseetaten(String unit, int year) throws IOException {
        ObjectNode letter = fixture("budget-2025-helseetaten.json");
        ((ObjectNode) letter.get("letter")).put("year", year).put("title", "Tildelingsbrev " + year + " – " + unit);
        ((ObjectNode) letter.at("/frames/0")).put("unit", unit);
        ((ObjectNode) letter.at("/investments/0")).put("unit", unit);
        ((ObjectNode) letter.at("/earmarkedFunds/0")).put("recipient", unit);
        letter.withArray("assumptions").forEach(a -> ((ObjectNode) a).put("unit", unit));
        return letter;
    }

    /** A fresh unit, published on styring.units and learnt by this service. */
    private static String knownUnit() {
        String unit = TestIds.unitCode();
        SuiteEvents.unitUpserted(unit, "AGENCY");
        awaitKnown(List.of(unit));
        return unit;
    }

    private static void awaitKnown(List<String> units) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given().auth()
                .oauth2(TestTokens.reader()).get("/api/v1/units").then().extract().jsonPath().getList("code", String.class)
                .containsAll(units));
    }

    private static io.restassured.response.Response post(Object body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body.toString()).post("/api/v1/budget-imports");
    }

    @Test
    void helseetatensTablesComeBackExactly() throws IOException {
        String unit = knownUnit();
        int year = TestIds.year();
        ObjectNode letter = helseetaten(unit, year);
        post(letter, TestTokens.department()).then().statusCode(201)
                .header("Location", containsString("/api/v1/budget-imports/"))
                .body("frames", equalTo(1)).body("investments", equalTo(1));

        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/budget-frames").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].chapter", equalTo("314"))
                .body("[0].base.text", equalTo("Vedtatt Dok 3"))
                .body("[0].lines", hasSize(22))
                .body("[0].frame.year", equalTo(List.of(2025, 2026, 2027, 2028)))
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
        post(letter, TestTokens.department()).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:no:oslo:styring:problem:budget-import-refused"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("frames[0].statedTotal.amounts[2]"))
                .body("errors[0].message", containsString("Kap. 314 HEL, Ramme Sak 1/2025, 2027"));
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
        post(letter, TestTokens.department()).then().statusCode(201).body("districtRows", equalTo(15));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).get("/api/v1/district-distribution")
                .then().statusCode(200)
                .body("[0].rows", hasSize(15))
                .body("[0].driftsramme", equalTo(28_075_184))
                .body("[0].okonomiskSosialhjelp", equalTo(1_681_512))
                .body("[0].sum", equalTo(29_756_696))
                .body("[0].rows.find { it.unit == '030112' }.name", equalTo("Alna"));
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
        post(letter, TestTokens.department()).then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem("frames[0].unit"));
        ObjectNode decimal = helseetaten(unit, TestIds.year());
        ((ArrayNode) decimal.at("/frames/0/base/amounts")).set(0, JSON.getNodeFactory().numberNode(1.5));
        post(decimal, TestTokens.department()).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("frames[0].base.amounts[0]"));
        post("{\"format\":", TestTokens.department()).then().statusCode(400);
        post(letter, TestTokens.reporter(unit)).then().statusCode(403);
        post(letter, TestTokens.reader()).then().statusCode(403);
        given().contentType(ContentType.JSON).body(letter.toString()).post("/api/v1/budget-imports").then().statusCode(401);
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/budget-frames").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        // a body of 10 MB is refused before it is read
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body(new byte[10 * 1024 * 1024])
                .post("/api/v1/budget-imports").then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:no:oslo:styring:problem:body-too-large"));
    }
}
