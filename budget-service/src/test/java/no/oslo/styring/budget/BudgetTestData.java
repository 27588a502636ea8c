package no.oslo.styring.budget;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import no.oslo.styring.platform.testing.SuiteEvents;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestTokens;

/** The seed letters' budget tables, re-addressed to fresh units and years so that tests share nothing. */
public final class BudgetTestData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BudgetTestData() {
    }

    public static ObjectNode fixture(String name) throws IOException {
        try (InputStream in = BudgetTestData.class.getClassLoader().getResourceAsStream("fixtures/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    /** The Helseetaten letter's tables (kap. 314 frame 1 206 593 in its first year), for {@code unit} and {@code year}. */
    public static ObjectNode helseetaten(String unit, int year) throws IOException {
        ObjectNode letter = fixture("budget-2025-helseetaten.json");
        ((ObjectNode) letter.get("letter")).put("year", year).put("title", "Tildelingsbrev " + year + " – " + unit);
        ((ObjectNode) letter.get("letter")).putArray("recipients").add(unit);
        ObjectNode frame = (ObjectNode) letter.at("/frames/0");
        frame.put("unit", unit);
        var years = frame.putArray("years");
        for (int i = 0; i < 4; i++) {
            years.add(year + i);
        }
        ((ObjectNode) letter.at("/investments/0")).put("unit", unit);
        var investmentYears = ((ObjectNode) letter.at("/investments/0")).putArray("years");
        for (int i = 0; i < 4; i++) {
            investmentYears.add(year + i);
        }
        ((ObjectNode) letter.at("/earmarkedFunds/0")).put("recipient", unit);
        letter.withArray("assumptions").forEach(a -> ((ObjectNode) a).put("unit", unit));
        return letter;
    }

    /** A fresh unit, published on styring.units and learnt by this service. */
    public static String knownUnit() {
        String unit = TestIds.unitCode();
        SuiteEvents.unitUpserted(unit, "AGENCY");
        awaitKnown(List.of(unit));
        return unit;
    }

    public static void awaitKnown(List<String> units) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given().auth()
                .oauth2(TestTokens.reader()).get("/api/v1/units").then().extract().jsonPath().getList("code", String.class)
                .containsAll(units));
    }

    public static Response importLetter(Object body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body.toString()).post("/api/v1/budget-imports");
    }

    /** Imports the Helseetaten tables for {@code unit} and {@code year}; returns the id of its frame. */
    public static long importHelseetaten(String unit, int year) throws IOException {
        importLetter(helseetaten(unit, year), TestTokens.department()).then().statusCode(201);
        return given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/budget-frames").then().statusCode(200).extract().jsonPath().getLong("[0].id");
    }
}
