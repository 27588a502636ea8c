package no.oslo.styring.indicator;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import no.oslo.styring.indicator.letter.IndicatorImport;
import no.oslo.styring.indicator.letter.Measure;
import no.oslo.styring.indicator.letter.ValueFormat;
import no.oslo.styring.platform.testing.SuiteEvents;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestTokens;

/** Letters for tests: the seed letters re-addressed to fresh units and years, or small letters built here. */
public final class IndicatorTestData {

    public static final ObjectMapper JSON = new ObjectMapper();

    private IndicatorTestData() {
    }

    public static ObjectNode fixture(String name) {
        try (InputStream in = IndicatorTestData.class.getClassLoader().getResourceAsStream("fixtures/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A seed letter's section 4.1, sent to {@code units} in {@code year} (targets and history years kept as printed). */
    public static ObjectNode readdressed(String name, int year, List<String> units) {
        ObjectNode letter = fixture(name);
        ObjectNode head = (ObjectNode) letter.get("letter");
        head.put("year", year).put("title", head.get("title").asText() + " (test " + year + " " + units.get(0) + ")");
        ArrayNode to = head.putArray("units");
        units.forEach(to::add);
        return letter;
    }

    /** A small letter for one unit and year: one funksjonsområde, one hovedmål with one tiltak, no indicators yet. */
    public static ObjectNode letter(int year, String... units) {
        ObjectNode letter = JSON.createObjectNode().put("format", IndicatorImport.FORMAT);
        ObjectNode head = letter.putObject("letter").put("year", year).put("title", "Test " + year + " " + units[0]);
        ArrayNode to = head.putArray("units");
        for (String u : units) {
            to.add(u);
        }
        ArrayNode goals = letter.putArray("goals");
        goals.addObject().put("key", "FO3").put("level", "FUNKSJONSOMRADE").put("code", "FO3").put("title", "Helse og omsorg");
        goals.addObject().put("key", "FO3.1").put("level", "HOVEDMAL").put("code", "FO3. Mål 1").put("parent", "FO3")
                .put("title", "Innbyggerne møter sammenhengende og tilgjengelige tjenester");
        letter.putArray("tiltak").addObject().put("key", "FO3.1-T1").put("goal", "FO3.1").put("number", 1)
                .put("text", "Mindre og tverrfaglige team");
        letter.putArray("indicators");
        return letter;
    }

    /**
     * Adds an indicator to a letter built by {@link #letter}, with the unit of measure and value kind that one of the six
     * measures of the first formats meant ({@code "PERCENT"} is «prosent», 0–100).
     */
    public static ObjectNode indicator(ObjectNode letter, String code, String measure, String direction, String target,
            String... reportingPoints) {
        ValueFormat format = ValueFormat.of(Measure.valueOf(measure));
        return indicator(letter, code, format, direction, target, reportingPoints);
    }

    /** Adds an indicator to a letter built by {@link #letter}, in any unit of measure. */
    public static ObjectNode indicator(ObjectNode letter, String code, ValueFormat format, String direction, String target,
            String... reportingPoints) {
        int year = letter.at("/letter/year").asInt();
        ObjectNode i = letter.withArray("indicators").addObject().put("code", code).put("goal", "FO3.1")
                .put("name", "Indikator " + code).put("unitOfMeasure", format.unitOfMeasure())
                .put("valueKind", format.kind().name()).put("direction", direction);
        if (format.decimals() != null) {
            i.put("decimals", format.decimals());
        }
        ArrayNode types = i.putArray("reportingPoints");
        for (String t : reportingPoints) {
            types.add(t);
        }
        i.putArray("history").addObject().put("year", year - 1).put("value", "70,5");
        i.putArray("targets").addObject().put("year", year).put("target", target);
        return i;
    }

    /** Fresh units, published on styring.units and learnt by this service. */
    public static List<String> knownUnits(int n) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String unit = TestIds.unitCode();
            SuiteEvents.unitUpserted(unit, i % 2 == 0 ? "AGENCY" : "DISTRICT");
            units.add(unit);
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given().auth()
                .oauth2(TestTokens.reader()).get("/api/v1/units").then().extract().jsonPath().getList("code", String.class)
                .containsAll(units));
        return units;
    }

    public static Response importLetter(Object body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body.toString())
                .post("/api/v1/indicator-imports");
    }

    public static Response submit(String token, String unit, String period, String indicator, String value) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"unit":"%s","periodId":"%s","indicator":"%s","value":%s}""".formatted(unit, period, indicator, value))
                .post("/api/v1/measurements");
    }
}
