package no.oslo.styring.climate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import no.oslo.styring.platform.testing.SuiteEvents;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestTokens;

/** Climate tables for tests: the seed table re-addressed to fresh units and years, or small tables built here. */
public final class ClimateTestData {

    public static final ObjectMapper JSON = new ObjectMapper();

    private ClimateTestData() {
    }

    /** Helseetaten's table (4.2), for {@code unit} in {@code year}, its keys and codes made unique to the unit. */
    public static ObjectNode helseetaten(int year, String unit) {
        ObjectNode table;
        try (InputStream in = ClimateTestData.class.getClassLoader()
                .getResourceAsStream("fixtures/climate-2025-helseetaten.json")) {
            table = (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String p = unit.toLowerCase(Locale.ROOT) + "-";
        ((ObjectNode) table.get("table")).put("year", year).put("title", "Klimabudsjett " + year + " – " + unit);
        for (var m : table.withArray("measures")) {
            ((ObjectNode) m).put("key", p + m.get("key").asText());
            ((ObjectNode) m).putArray("responsible").add(unit);
            for (var i : m.withArray("indicators")) {
                ((ObjectNode) i).put("code", p + i.get("code").asText());
            }
        }
        return table;
    }

    /** A table with one measure for the units (or ALL), and one indicator per target: codes {@code <prefix>-<n>}. */
    public static ObjectNode table(int year, String prefix, List<String> responsible, String... targets) {
        ObjectNode table = JSON.createObjectNode().put("format", "styring.climate-import.v2");
        table.putObject("table").put("year", year).put("title", "Test " + year + " " + prefix);
        ObjectNode m = table.putArray("measures").addObject().put("key", prefix + "-tiltak").put("category", "ENERGY")
                .put("text", "Energieffektivisering av egne bygg");
        ArrayNode units = m.putArray("responsible");
        responsible.forEach(units::add);
        ArrayNode indicators = m.putArray("indicators");
        for (int i = 0; i < targets.length; i++) {
            indicators.addObject().put("code", prefix + "-" + i).put("name", "Indikator " + i).put("target", targets[i]);
        }
        return table;
    }

    public static List<String> knownUnits(int n) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String unit = TestIds.unitCode();
            SuiteEvents.unitUpserted(unit, "AGENCY");
            units.add(unit);
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given().auth()
                .oauth2(TestTokens.reader()).get("/api/v1/units").then().extract().jsonPath().getList("code", String.class)
                .containsAll(units));
        return units;
    }

    public static Response importJson(Object body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body.toString()).post("/api/v1/climate-imports");
    }

    public static Response importCsv(String csv, String token) {
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/climate-imports");
    }

    public static Response submit(String token, String unit, String period, String indicator, String value, String status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"unit":"%s","periodId":"%s","indicator":"%s","value":%s,"status":"%s","comment":"Kommentar"}"""
                .formatted(unit, period, indicator, value, status)).post("/api/v1/measure-status");
    }
}
