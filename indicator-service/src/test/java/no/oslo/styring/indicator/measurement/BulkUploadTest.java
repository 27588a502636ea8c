package no.oslo.styring.indicator.measurement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import no.oslo.styring.indicator.IndicatorTestData;
import no.oslo.styring.platform.testing.SuiteEvents;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestTokens;

/** Department staff upload many units' measurements at once; all or nothing. */
@QuarkusTest
class BulkUploadTest {

    List<String> units;
    int year;
    String a;
    String b;

    @BeforeEach
    void letterForTwoUnits() {
        units = IndicatorTestData.knownUnits(2);
        year = TestIds.year();
        String p = units.get(0).toLowerCase(Locale.ROOT) + "-";
        a = p + "andel";
        b = p + "antall";
        ObjectNode letter = IndicatorTestData.letter(year, units.get(0), units.get(1));
        IndicatorTestData.indicator(letter, a, "PERCENT", "HIGHER_IS_BETTER", ">75,2 %", "Q", "Y");
        IndicatorTestData.indicator(letter, b, "COUNT", "LOWER_IS_BETTER", "<=629", "Y");
        IndicatorTestData.importLetter(letter, TestTokens.department()).then().statusCode(201);
    }

    @Test
    void aCsvUploadStoresEveryRowAndTheEvaluationsSeeThem() {
        String csv = """
                unit;periodId;indicator;value;comment
                %1$s;%3$d-Q1;%4$s;76,5;"Opp; fra 74"
                %2$s;%3$d-Q1;%4$s;70;
                %1$s;%3$d-Y;%5$s;600;
                %2$s;%3$d-Y;%5$s;700;
                """.formatted(units.get(0), units.get(1), year, a, b);
        String location = upload("text/csv", csv, TestTokens.department()).then().statusCode(201)
                .body("rows", equalTo(4)).body("units", equalTo(2)).body("indicators", equalTo(2))
                .body("periods", contains(year + "-Q1", year + "-Y")).extract().header("Location");
        given().auth().oauth2(TestTokens.reader()).get(location).then().statusCode(200).body("rows", equalTo(4));

        given().auth().oauth2(TestTokens.reporter(units.get(0))).queryParam("unit", units.get(0))
                .queryParam("period", year + "-Q1").get("/api/v1/measurements").then().statusCode(200)
                .body("", hasSize(1)).body("[0].value", equalTo(76.5f)).body("[0].comment", equalTo("Opp; fra 74"));
        given().auth().oauth2(TestTokens.reader()).queryParam("unit", units.get(1)).queryParam("period", year + "-Y")
                .get("/api/v1/evaluations").then().statusCode(200)
                .body("indicators.find { it.code == '" + b + "' }.outcome", equalTo("NOT_MET"))
                .body("indicators.find { it.code == '" + a + "' }.outcome", equalTo("NO_DATA"));
    }

    @Test
    void aJsonUploadWorksTheSameWay() {
        String json = """
                [{"unit":"%1$s","periodId":"%2$d-Q1","indicator":"%3$s","value":80},
                 {"unit":"%1$s","periodId":"%2$d-Y","indicator":"%3$s","value":"81,5"}]"""
                .formatted(units.get(0), year, a);
        upload("application/json", json, TestTokens.department()).then().statusCode(201).body("rows", equalTo(2));
    }

    @Test
    void oneBadRowRefusesTheWholeUploadNamingEachRowAndField() {
        SuiteEvents.periodClosed(year + "-Y", 1);
        String csv = """
                unit,periodId,indicator,value
                %1$s,%3$d-Q1,%4$s,76
                %1$s,%3$d-Q1,finnes-ikke,1
                %2$s,%3$d-Q1,%4$s,101
                %2$s,%3$d-Q1,%5$s,1
                TUKJENT1,%3$d-Q1,%4$s,1
                %1$s,%3$d-Q9,%4$s,1
                %1$s,%3$d-Q1,%4$s,åtti
                """.formatted(units.get(0), units.get(1), year, a, b);
        upload("text/csv", csv, TestTokens.department()).then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("6 row problem(s) in 7 rows"))
                .body("errors.field", contains("rows[3].indicator", "rows[4].value", "rows[5].periodId", "rows[6].unit",
                        "rows[7].periodId", "rows[8].value"));
        // the same in bokmål, for the portal
        given().auth().oauth2(TestTokens.department()).header("Accept-Language", "nb").contentType("text/csv; charset=UTF-8")
                .body(csv)
                .post("/api/v1/measurements/bulk").then().statusCode(422)
                .body("detail", equalTo("6 feil i 7 rader; ingenting ble lagret"))
                .body("errors.field", contains("rows[3].indicator", "rows[4].value", "rows[5].periodId", "rows[6].unit",
                        "rows[7].periodId", "rows[8].value"))
                .body("errors[1].message", equalTo("101 passer ikke for indikatoren, som måles i prosent (0–100)"))
                .body("errors[3].message", equalTo("ukjent enhet «TUKJENT1»"))
                .body("errors[5].message", equalTo("«åtti» er ikke et tall, for eksempel 81,5"));
        given().auth().oauth2(TestTokens.reader()).queryParam("unit", units.get(0)).queryParam("period", year + "-Q1")
                .get("/api/v1/measurements").then().statusCode(200).body("", hasSize(0));

        // the closed årsberetning refuses rows for it, with the period named
        await(() -> upload("text/csv", "unit,periodId,indicator,value\n%s,%d-Y,%s,1\n".formatted(units.get(0), year, b),
                TestTokens.department()).statusCode() == 422);
        upload("text/csv", "unit,periodId,indicator,value\n%s,%d-Y,%s,1\n".formatted(units.get(0), year, b),
                TestTokens.department()).then().statusCode(422)
                .body("errors[0].message", containsString("period " + year + "-Y is closed for unit " + units.get(0)));
        upload("text/csv", "unit,periodId,indicator,value\n", TestTokens.department()).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        upload("text/csv", "unit,value\nHEL,1\n", TestTokens.department()).then().statusCode(400)
                .body("errors[0].message", containsString("lacks periodId, indicator"));
    }

    @Test
    void onlyDepartmentStaffUpload() {
        String csv = "unit,periodId,indicator,value\n%s,%d-Q1,%s,76\n".formatted(units.get(0), year, a);
        upload("text/csv", csv, TestTokens.reporter(units.get(0))).then().statusCode(403)
                .contentType("application/problem+json");
        upload("text/csv", csv, TestTokens.reader()).then().statusCode(403);
        given().contentType("text/csv").body(csv).post("/api/v1/measurements/bulk").then().statusCode(401);
        given().auth().oauth2(TestTokens.reader()).queryParam("unit", units.get(0)).queryParam("period", year + "-Q1")
                .get("/api/v1/measurements").then().statusCode(200).body("", hasSize(0));
    }

    private static Response upload(String type, String body, String token) {
        return given().auth().oauth2(token).contentType(type).body(body).post("/api/v1/measurements/bulk");
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(200)).until(condition);
    }
}
