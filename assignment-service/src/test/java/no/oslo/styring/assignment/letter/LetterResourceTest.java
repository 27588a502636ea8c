package no.oslo.styring.assignment.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import no.oslo.styring.assignment.TestUnits;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestTokens;

@QuarkusTest
class LetterResourceTest {

    String department;
    String agency;
    int year;

    @BeforeEach
    void units() {
        department = TestUnits.department();
        agency = TestUnits.agency("Testetaten", department);
        year = TestIds.year();
    }

    private String letter(String sections) {
        return """
                {"year":%d,"title":"Tildelingsbrev %d – %s","reference":"24/1234","date":"%d-01-08",
                 "issuers":["%s"],"recipients":["%s"],"sections":%s}""".formatted(year, year, agency, year, department,
                agency, sections);
    }

    private static Response create(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/letters");
    }

    @Test
    void aSupplementaryLetterIsANewVersionAndTheDiffShowsWhatChanged() {
        String location = create(TestTokens.department(), letter("""
                [{"key":"1","heading":"Innledning","text":"Byrådsavdelingen viser til budsjettet."},
                 {"key":"2","heading":"Fellesføringer","text":"Alle virksomheter skal ..."}]""")).then().statusCode(201)
                .header("ETag", "\"1\"").body("version", equalTo(1)).body("sections", hasSize(2)).extract()
                .header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        String supplement = """
                {"reason":"Supplerende tildelingsbrev 1","reference":"24/1234","date":"%d-03-01","issuers":["%s"],
                 "recipients":["%s"],"sections":[{"key":"1","heading":"Innledning","text":"Byrådsavdelingen viser til budsjettet."},
                 {"key":"2","heading":"Fellesføringer","text":"Alle virksomheter skal ... og rapportere på sykefravær."},
                 {"key":"6","heading":"Nye oppdrag","text":"Utrede legevakt."}]}"""
                .formatted(year, department, agency);
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body(supplement)
                .post("/api/v1/letters/{id}/versions", id).then().statusCode(428);
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(supplement).post("/api/v1/letters/{id}/versions", id).then().statusCode(201)
                .header("ETag", "\"2\"").body("version", equalTo(2)).body("reason", equalTo("Supplerende tildelingsbrev 1"));
        // a second supplement made from version 1 comes too late
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(supplement).post("/api/v1/letters/{id}/versions", id).then().statusCode(412);

        given().auth().oauth2(TestTokens.reporter(agency)).queryParam("from", 1).queryParam("to", 2)
                .get("/api/v1/letters/{id}/diff", id).then().statusCode(200)
                .body("fields.field", contains("date"))
                .body("sectionsAdded.key", contains("6"))
                .body("sectionsChanged.key", contains("2"))
                .body("sectionsChanged[0].textAfter", containsString("sykefravær"))
                .body("sectionsRemoved", hasSize(0));
        given().auth().oauth2(TestTokens.reader()).queryParam("version", 1).get("/api/v1/letters/{id}", id).then()
                .statusCode(200).body("version", equalTo(1)).body("currentVersion", equalTo(2)).body("sections", hasSize(2));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/letters/{id}/versions", id).then().statusCode(200)
                .body("version", contains(1, 2));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", agency)
                .get("/api/v1/letters").then().statusCode(200).body("id", hasItem((int) id));
        given().auth().oauth2(TestTokens.reader()).queryParam("from", 1).queryParam("to", 9)
                .get("/api/v1/letters/{id}/diff", id).then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void badLettersNameTheFieldAndOnlyDepartmentStaffWrite() {
        create(TestTokens.department(), """
                {"year":%d,"title":"Brev","issuers":["%s"],"recipients":["TUKJENT9"],"sections":[]}"""
                .formatted(year, agency)).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("issuers[0]", "recipients[0]"));
        create(TestTokens.department(), "{\"title\":\"Brev\"}").then().statusCode(400).body("errors.field", hasItem("year"));
        create(TestTokens.reporter(agency), letter("[]")).then().statusCode(403);
        create(TestTokens.reader(), letter("[]")).then().statusCode(403);
        given().contentType(ContentType.JSON).body(letter("[]")).post("/api/v1/letters").then().statusCode(401);
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", agency)
                .get("/api/v1/letters").then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/letters/{id}", 987654321).then().statusCode(404);
    }
}
