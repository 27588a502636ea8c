package no.oslo.styring.budget.frame;

import static io.restassured.RestAssured.given;
import static no.oslo.styring.budget.BudgetTestData.knownUnit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestTokens;

/**
 * A frame's audit trail from its creation through every change (#19.4): who, when, from which request (its
 * X-Request-Id), and what each request changed; a refused change leaves no trace; only department staff read it.
 */
@QuarkusTest
class FrameAuditTest {

    private static String change(int amount) {
        return """
                {"base":{"text":"Vedtatt","amounts":[100,100]},"lines":[{"text":"Økning","amounts":[%d,0]}],
                 "reason":"Sak %d"}""".formatted(amount, amount);
    }

    @Test
    void theTrailShowsTheCreationAndEachChangeWithItsRequest() {
        String unit = knownUnit();
        int year = TestIds.year();
        var created = given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON)
                .header("X-Request-Id", "opprett-" + unit).body("""
                        {"letterYear":%d,"letter":"Tildelingsbrev %d","unit":"%s","chapter":"997","chapterName":"Test",
                         "base":{"text":"Vedtatt","amounts":[{"year":%d,"amount":100},{"year":%d,"amount":100}]},
                         "lines":[],"reason":"Vedtak"}""".formatted(year, year, unit, year, year + 1))
                .post("/api/v1/budget-frames").then().statusCode(201).header("X-Request-Id", "opprett-" + unit)
                .extract();
        String location = created.header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        String first = given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON)
                .header("If-Match", "\"1\"").body(change(5)).put(location).then().statusCode(200).extract()
                .header("X-Request-Id");
        // refused: made from version 1 again; leaves no trace
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(change(6)).put(location).then().statusCode(412);
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(change(7)).put(location).then().statusCode(200);

        given().auth().oauth2(TestTokens.department()).queryParam("entity", "BudgetFrame").queryParam("id", id)
                .get("/api/v1/audit").then().statusCode(200)
                .body("", hasSize(3))
                .body("method", contains("POST", "PUT", "PUT"))
                .body("path", contains("/api/v1/budget-frames", "/api/v1/budget-frames/" + id, "/api/v1/budget-frames/" + id))
                .body("actor", contains("admin-hls", "admin-hls", "admin-hls"))
                .body("[0].requestId", equalTo("opprett-" + unit))
                .body("[1].requestId", equalTo(first))
                .body("[0].changes.entity", hasItem("BudgetFrame"))
                .body("[0].changes.action", hasItem("CREATED"))
                .body("[0].changes.find { it.entity == 'BudgetFrame' }.values.unitCode", equalTo(unit))
                .body("[1].changes.find { it.entity == 'BudgetFrame' }.values.version", equalTo(List.of(1, 2)))
                .body("[1].changes.find { it.entity == 'BudgetFrameVersion' }.values.reason", equalTo("Sak 5"))
                .body("[1].changes.find { it.entity == 'BudgetFrameVersion' }.id", equalTo(id + "/2"))
                .body("[1].changes.findAll { it.entity == 'BudgetFrame' }[0].values.keySet()", contains("version"))
                .body("[2].changes.find { it.entity == 'BudgetFrame' }.values.version", equalTo(List.of(2, 3)))
                .body("[2].changes.find { it.entity == 'BudgetFrameVersion' }.values.reason", equalTo("Sak 7"));

        given().auth().oauth2(TestTokens.reader()).queryParam("entity", "BudgetFrame").queryParam("id", id)
                .get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("entity", "BudgetFrame").queryParam("id", id)
                .get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.department()).queryParam("entity", "BudgetFrame").get("/api/v1/audit").then()
                .statusCode(400).body("errors[0].field", equalTo("id"));
    }
}
