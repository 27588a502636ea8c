package no.oslo.styring.assignment;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestTokens;

/**
 * Units and reporting years a test sets up through the API, each with a code or year of its own, so that tests never
 * share them and never depend on each other.
 */
public final class TestUnits {

    private TestUnits() {
    }

    /** A new department (byrådsavdeling) with no parents; its code. */
    public static String department() {
        return unit("Byrådsavdeling for test", "DEPARTMENT", null);
    }

    /** A new agency under the department; its code. */
    public static String agency(String name, String department) {
        return unit(name, "AGENCY", department);
    }

    /** A new unit of a kind (AGENCY, DISTRICT …), under {@code parent} unless null; its code. */
    public static String unit(String name, String kind, String parent) {
        String code = TestIds.unitCode();
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON)
                .body("{\"name\":\"%s\",\"kind\":\"%s\",\"parents\":[%s]}".formatted(name, kind,
                        parent == null ? "" : "\"" + parent + "\""))
                .put("/api/v1/units/{code}", code).then().statusCode(201);
        return code;
    }

    /** A year of its own with all its periods set up, open; the year. */
    public static int yearWithPeriods() {
        int year = TestIds.year();
        given().auth().oauth2(TestTokens.department()).post("/api/v1/years/{year}/periods", year).then().statusCode(201);
        return year;
    }
}
