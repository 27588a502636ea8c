package no.oslo.styring.assignment.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.EventContract;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestKafka;
import no.oslo.styring.platform.testing.TestTokens;

@QuarkusTest
class UnitResourceTest {

    private static void put(String code, String body, int status) {
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/units/{code}", code).then().statusCode(status);
    }

    @Test
    void aNewOrChangedUnitIsPublishedAndAnUnchangedOneIsNot() {
        String department = TestIds.unitCode();
        String code = TestIds.unitCode();
        put(department, "{\"name\":\"Byrådsavdeling for test\",\"kind\":\"DEPARTMENT\"}", 201);

        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON)
                .body("{\"name\":\"Testetaten\",\"kind\":\"AGENCY\",\"parents\":[\"" + department + "\"]}")
                .put("/api/v1/units/{code}", code)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/units/" + code))
                .body("code", equalTo(code)).body("parents[0]", equalTo(department));
        put(code, "{\"name\":\"Testetaten\",\"kind\":\"AGENCY\",\"parents\":[\"" + department + "\"]}", 200);
        put(code, "{\"name\":\"Testetaten (ny)\",\"kind\":\"AGENCY\",\"parents\":[\"" + department + "\"]}", 200);

        var events = TestKafka.awaitRecords(Topics.UNITS, r -> code.equals(r.key()), 2, Duration.ofSeconds(20));
        assertEquals(List.of("Testetaten", "Testetaten (ny)"),
                events.stream().map(r -> EventContract.assertConforms(r).path("name").asText()).toList());

        given().auth().oauth2(TestTokens.reporter("HEL")).get("/api/v1/units/{code}", code)
                .then().statusCode(200).body("name", equalTo("Testetaten (ny)")).body("kind", equalTo("AGENCY"));
    }

    @Test
    void theServiceCreatesItsTopicsAndTheUnitTopicIsCompacted() {
        // a new consumer learns every unit from styring.units only if the broker keeps the latest record per unit
        assertEquals("compact", TestKafka.topicConfig(Topics.UNITS, "cleanup.policy"));
        assertEquals("delete", TestKafka.topicConfig(Topics.PERIODS, "cleanup.policy"));
    }

    @Test
    void badUnitsAreRefusedNamingTheField() {
        String code = TestIds.unitCode();
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("{\"kind\":\"AGENCY\"}")
                .put("/api/v1/units/{code}", code)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("name"));
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"kind\":\"PLANET\"}")
                .put("/api/v1/units/{code}", code)
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"kind\":\"AGENCY\",\"parents\":[\"NOPE99\"]}")
                .put("/api/v1/units/{code}", code)
                .then().statusCode(422).body("errors[0].field", equalTo("parents[0]"));
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("{\"name\":")
                .put("/api/v1/units/{code}", code)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"kind\":\"AGENCY\"}")
                .put("/api/v1/units/{code}", "lower-case")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        // nothing of it was stored
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/units/{code}", code).then().statusCode(404);
    }

    @Test
    void onlyDepartmentStaffWriteUnits() {
        String code = TestIds.unitCode();
        String body = "{\"name\":\"X\",\"kind\":\"AGENCY\"}";
        given().auth().oauth2(TestTokens.reporter(code)).contentType(ContentType.JSON).body(body)
                .put("/api/v1/units/{code}", code).then().statusCode(403);
        given().auth().oauth2(TestTokens.reader()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/units/{code}", code).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).put("/api/v1/units/{code}", code).then().statusCode(401);
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/units/{code}", code).then().statusCode(404);
    }
}
