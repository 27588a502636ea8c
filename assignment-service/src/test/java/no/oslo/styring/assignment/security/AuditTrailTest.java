package no.oslo.styring.assignment.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.oslo.styring.assignment.TestUnits;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestTokens;

/**
 * The audit trail of a letter and of an oppdrag from their creation through every change (#19.4): who, from which
 * request, and what each request changed; only department staff read it.
 */
@QuarkusTest
class AuditTrailTest {

    String department;
    String agency;

    @BeforeEach
    void units() {
        department = TestUnits.department();
        agency = TestUnits.agency("Testetaten", department);
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void aLettersTrailHasItsCreationAndItsSupplement() {
        int year = TestIds.year();
        String location = as(TestTokens.department()).body("""
                {"year":%d,"title":"Tildelingsbrev %d","issuers":["%s"],"recipients":["%s"],
                 "sections":[{"key":"1","heading":"Innledning","text":"Første tekst"}]}"""
                .formatted(year, year, department, agency)).post("/api/v1/letters").then().statusCode(201).extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        as(TestTokens.department()).header("If-Match", "\"1\"").body("""
                {"reason":"Supplerende tildelingsbrev 1","issuers":["%s"],"recipients":["%s"],
                 "sections":[{"key":"1","heading":"Innledning","text":"Andre tekst"}]}""".formatted(department, agency))
                .post("/api/v1/letters/{id}/versions", id).then().statusCode(201);

        given().auth().oauth2(TestTokens.department()).queryParam("entity", "Letter").queryParam("id", id)
                .get("/api/v1/audit").then().statusCode(200)
                .body("", hasSize(2))
                .body("method", contains("POST", "POST"))
                .body("path", contains("/api/v1/letters", "/api/v1/letters/" + id + "/versions"))
                .body("actor", contains("admin-hls", "admin-hls"))
                .body("[0].changes.find { it.entity == 'Letter' }.action", equalTo("CREATED"))
                .body("[1].changes.find { it.entity == 'Letter' }.values.currentVersion", equalTo(List.of(1, 2)))
                .body("[1].changes.find { it.entity == 'LetterVersion' }.values.reason",
                        equalTo("Supplerende tildelingsbrev 1"));
        given().auth().oauth2(TestTokens.reader()).queryParam("entity", "Letter").queryParam("id", id)
                .get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void anOppdragsTrailHasEachStepAndWhoTookIt() {
        long id = as(TestTokens.department()).body("""
                {"year":2025,"issuer":"%s","recipients":["%s"],"title":"Utred legevakt","description":"D",
                 "announced":true}""".formatted(department, agency)).post("/api/v1/oppdrag").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(TestTokens.department()).body("{}").post("/api/v1/oppdrag/{id}/issue", id).then().statusCode(200);
        as(TestTokens.reporter(agency)).body("{\"unit\":\"%s\",\"note\":\"Levert\"}".formatted(agency))
                .post("/api/v1/oppdrag/{id}/deliveries", id).then().statusCode(200);
        // refused: the lifecycle does not go back to ISSUED; leaves no trace
        as(TestTokens.department()).body("{}").post("/api/v1/oppdrag/{id}/issue", id).then().statusCode(409);
        as(TestTokens.department()).body("{}").post("/api/v1/oppdrag/{id}/acceptance", id).then().statusCode(200);

        String reporter = "rapportor-" + agency.toLowerCase();
        given().auth().oauth2(TestTokens.department()).queryParam("entity", "Oppdrag").queryParam("id", id)
                .get("/api/v1/audit").then().statusCode(200)
                .body("", hasSize(4))
                .body("path", contains("/api/v1/oppdrag", "/api/v1/oppdrag/" + id + "/issue",
                        "/api/v1/oppdrag/" + id + "/deliveries", "/api/v1/oppdrag/" + id + "/acceptance"))
                .body("actor", contains("admin-hls", "admin-hls", reporter, "admin-hls"))
                .body("[0].changes.entity", hasItem("Oppdrag"))
                .body("[1].changes.find { it.entity == 'Oppdrag' }.values.status", equalTo(List.of("ANNOUNCED", "ISSUED")))
                .body("[2].changes.find { it.entity == 'Oppdrag' }.values.status", equalTo(List.of("ISSUED", "DELIVERED")))
                .body("[2].changes.find { it.entity == 'OppdragTransition' }.values.note", equalTo("Levert"))
                .body("[3].changes.find { it.entity == 'Oppdrag' }.values.status", equalTo(List.of("DELIVERED",
                        "ACCEPTED")));
        given().auth().oauth2(TestTokens.reporter(agency)).queryParam("entity", "Oppdrag").queryParam("id", id)
                .get("/api/v1/audit").then().statusCode(403);
    }
}
