package no.oslo.styring.assignment.oppdrag;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.oslo.styring.assignment.TestUnits;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.Contention;
import no.oslo.styring.platform.testing.TestKafka;
import no.oslo.styring.platform.testing.TestTokens;

/**
 * A hundred callers taking a step of one oppdrag at once (#19.2): with the ETag they read, one step is taken and the
 * others get 412; without it, the lifecycle lets one through and answers the others 409. Each step taken is one
 * transition and one event per recipient.
 */
@QuarkusTest
class OppdragConcurrencyTest {

    private static final int CALLERS = 100;

    String department;
    String unit;
    long id;

    @BeforeEach
    void oppdrag() {
        department = TestUnits.department();
        unit = TestUnits.agency("Etat A", department);
        id = given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"year":2025,"issuer":"%s","recipients":["%s"],"title":"Utred legevakt","description":"D",
                 "announced":true}""".formatted(department, unit)).post("/api/v1/oppdrag").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private int step(String path, String etag, String body) {
        var request = given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.post("/api/v1/oppdrag/{id}/" + path, id).statusCode();
    }

    private String etag() {
        return given().auth().oauth2(TestTokens.reader()).get("/api/v1/oppdrag/{id}", id).then().statusCode(200)
                .extract().header("ETag");
    }

    private int events(int expected) {
        Predicate<ConsumerRecord<String, String>> ours = r -> unit.equals(r.key())
                && TestKafka.header(r, "ce_subject").endsWith("/oppdrag/" + id);
        TestKafka.awaitRecords(Topics.ASSIGNMENTS, ours, expected, Duration.ofSeconds(60));
        return TestKafka.recordsNow(Topics.ASSIGNMENTS, ours, Duration.ofSeconds(1)).size();
    }

    @Test
    void ofAHundredDeliveriesWithTheETagTheyReadOneIsTakenAndTheOthersGet412() {
        assertEquals(200, step("issue", null, "{}"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/oppdrag/{id}", id).then().header("ETag", "\"2\"")
                .body("version", equalTo(2));

        List<Integer> statuses = Contention.atOnce(CALLERS, i -> {
            String etag = etag();
            return () -> step("deliveries", etag, "{\"unit\":\"%s\",\"note\":\"Levering %d\"}".formatted(unit, i));
        });

        assertEquals(1, Collections.frequency(statuses, 200), statuses.toString());
        assertEquals(CALLERS - 1, Collections.frequency(statuses, 412), statuses.toString());
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/oppdrag/{id}", id).then().header("ETag", "\"3\"")
                .body("transitions.status", contains("ANNOUNCED", "ISSUED", "DELIVERED"))
                .body("transitions[2].note", equalTo("Levering " + statuses.indexOf(200)));
        assertEquals(3, events(3));

        // a step from a version that is gone changes nothing
        assertEquals(412, step("acceptance", "\"2\"", "{}"));
        assertEquals(200, step("acceptance", "\"3\"", "{}"));
    }

    @Test
    void ofAHundredIssuesWithoutETagTheLifecycleLetsOneThrough() {
        List<Integer> statuses = Contention.atOnce(CALLERS, i -> () -> step("issue", null, "{}"));

        assertEquals(1, Collections.frequency(statuses, 200), statuses.toString());
        assertEquals(CALLERS - 1, Collections.frequency(statuses, 409), statuses.toString());
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/oppdrag/{id}", id).then()
                .body("transitions.status", contains("ANNOUNCED", "ISSUED"));
        assertEquals(2, events(2));
    }
}
