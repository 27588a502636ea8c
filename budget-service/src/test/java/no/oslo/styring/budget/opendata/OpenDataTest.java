package no.oslo.styring.budget.opendata;

import static io.restassured.RestAssured.given;
import static no.oslo.styring.budget.BudgetTestData.importHelseetaten;
import static no.oslo.styring.budget.BudgetTestData.knownUnit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestTokens;

/** A year's budget lines as an Open Fiscal Data Package: published by department staff, then readable without a token. */
@QuarkusTest
class OpenDataTest {

    @Test
    void aPublishedYearIsReadableWithoutATokenAndAddsUpToTheLetter() throws IOException {
        String unit = knownUnit();
        int year = TestIds.year();
        importHelseetaten(unit, year);
        String base = "/api/v1/open-data/budget/" + year;

        given().get(base + "/datapackage.json").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:no:oslo:styring:problem:not-published"));
        given().get(base + "/budget-lines.csv").then().statusCode(404);
        given().auth().oauth2(TestTokens.reporter(unit)).post(base + "/publication").then().statusCode(403);
        given().auth().oauth2(TestTokens.reader()).post(base + "/publication").then().statusCode(403);
        given().post(base + "/publication").then().statusCode(401);

        given().auth().oauth2(TestTokens.department()).post(base + "/publication").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(base + "/datapackage.json"))
                .body("publishedBy", equalTo("admin-hls"));

        given().get(base + "/datapackage.json").then().statusCode(200)
                .body("profile", equalTo("fiscal-data-package"))
                .body("resources[0].path", equalTo("budget-lines.csv"))
                .body("resources[0].schema.fields.find { it.name == 'amount' }.columnType", equalTo("value"))
                .body("model.measures.amount.currency", equalTo("NOK"))
                .body("model.measures.amount.factor", equalTo(1000));

        String csv = given().get(base + "/budget-lines.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        long frame = rows.stream().filter(r -> r.get("unit").equals(unit) && r.get("kind").startsWith("frame-")
                && r.get("fiscal_year").equals(String.valueOf(year))).mapToLong(r -> Long.parseLong(r.get("amount"))).sum();
        assertEquals(1_206_593, frame, "base + change lines of the first year = Ramme Sak 1/2025");
        long lastYearChange = rows.stream().filter(r -> r.get("unit").equals(unit) && r.get("kind").equals("frame-change")
                && r.get("fiscal_year").equals(String.valueOf(year + 3))).mapToLong(r -> Long.parseLong(r.get("amount")))
                .sum();
        assertEquals(-9_267, lastYearChange, "Endring fra basis in the fourth year");
        long investments = rows.stream().filter(r -> r.get("unit").equals(unit) && r.get("kind").equals("investment")
                && r.get("fiscal_year").equals(String.valueOf(year))).mapToLong(r -> Long.parseLong(r.get("amount"))).sum();
        assertEquals(39_141, investments);
        given().get(base + "/datapackage.json").then().body("resources[0].count_of_rows", equalTo(rows.size()));

        given().get("/api/v1/open-data/budget/1999/datapackage.json").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().auth().oauth2(TestTokens.department()).post("/api/v1/open-data/budget/2001/publication").then()
                .statusCode(404);
    }
}
