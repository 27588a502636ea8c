package no.oslo.styring.platform.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * What every service that takes unit submissions must do, run against the real database and broker: a reporter submits
 * for its own unit only; a close (period.closed on styring.periods) locks the period and yields one report per unit on the
 * service's report topic; a redelivered close changes nothing; a second close yields revision 2. Each service's test
 * extends this with its own submission.
 */
public abstract class UnitSubmissionBehaviour {

    /** The collection submissions are POSTed to, e.g. {@code /api/v1/budget-status}. */
    protected abstract String submissionsPath();

    /** A valid submission body. */
    protected abstract String validBody(String unit, String periodId);

    /** Invalid bodies, by the field the problem must name. */
    protected abstract Map<String, String> invalidBodies(String unit, String periodId);

    protected abstract String reportTopic();

    protected abstract String reportType();

    protected String unit;
    protected String period;

    /**
     * What a service needs before the unit can submit for the period (e.g. a letter naming the unit); called until it
     * answers true, once the unit may not be known yet. Nothing by default.
     */
    protected boolean prepare(String unit, String periodId) {
        return true;
    }

    @BeforeEach
    void newUnitAndPeriod() {
        unit = TestIds.unitCode();
        period = TestIds.year() + "-Q1";
        SuiteEvents.unitUpserted(unit, "AGENCY");
        // the unit is known once the service has read it from styring.units (422 until then); any other answer than
        // 201 or 422 is printed, so that a failure here says what the service answered
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!prepare(unit, period)) {
                return false;
            }
            Response r = submit(TestTokens.reporter(unit), validBody(unit, period));
            if (r.statusCode() != 201 && r.statusCode() != 422) {
                System.out.println("Submission for new unit " + unit + " answered " + r.statusCode() + ": " + r.asString());
            }
            return r.statusCode() == 201;
        });
        listAs(TestTokens.reporter(unit)).then().statusCode(200).body("", hasSize(1));
    }

    protected Response submit(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(submissionsPath());
    }

    protected Response listAs(String token) {
        return given().auth().oauth2(token).queryParam("unit", unit).queryParam("period", period).get(submissionsPath());
    }

    @Test
    void aReporterSubmitsAndReadsForItsOwnUnitOnly() {
        String id = submit(TestTokens.reporter(unit), validBody(unit, period)).then().statusCode(201)
                .header("Location", containsString(submissionsPath() + "/")).extract().path("id").toString();
        given().auth().oauth2(TestTokens.reporter(unit)).get(submissionsPath() + "/{id}", id).then().statusCode(200)
                .body("unit", equalTo(unit));

        String other = TestIds.unitCode();
        submit(TestTokens.reporter(other), validBody(unit, period)).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reporter(other)).get(submissionsPath() + "/{id}", id).then().statusCode(403);
        listAs(TestTokens.reporter(other)).then().statusCode(403);
        submit(TestTokens.reader(), validBody(unit, period)).then().statusCode(403);
        given().contentType(ContentType.JSON).body(validBody(unit, period)).post(submissionsPath()).then().statusCode(401)
                .contentType("application/problem+json");

        listAs(TestTokens.reader()).then().statusCode(200).body("", hasSize(2));
        given().auth().oauth2(TestTokens.reader()).get(submissionsPath() + "/{id}", 987654321).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badSubmissionsNameTheFieldAndStoreNothing() {
        for (var bad : invalidBodies(unit, period).entrySet()) {
            submit(TestTokens.department(), bad.getValue()).then()
                    .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(422)))
                    .contentType("application/problem+json")
                    .body("errors.field", org.hamcrest.Matchers.hasItem(bad.getKey()));
        }
        submit(TestTokens.department(), "{\"unit\":").then().statusCode(400).contentType("application/problem+json");
        submit(TestTokens.department(), validBody(TestIds.unitCode(), period)).then().statusCode(422)
                .body("errors[0].field", equalTo("unit"));
        listAs(TestTokens.department()).then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void aClosedPeriodRefusesSubmissionsAndEachCloseGivesOneReportRevision() {
        SuiteEvents.Sent close = SuiteEvents.periodClosed(period, 1);

        // every close reports on every known unit, so other tests' closes report on this unit too: match the subject
        java.util.function.Predicate<ConsumerRecord<String, String>> ours = r -> unit.equals(r.key())
                && (unit + "/" + period).equals(TestKafka.header(r, "ce_subject"));
        ConsumerRecord<String, String> first = TestKafka.awaitRecord(reportTopic(), ours, Duration.ofSeconds(30));
        JsonNode report = EventContract.assertConforms(first);
        assertEquals(reportType(), TestKafka.header(first, "ce_type"));
        assertEquals(unit + "/" + period, TestKafka.header(first, "ce_subject"));
        assertEquals(period, report.path("periodId").asText());
        assertEquals(1, report.path("revision").asInt());
        assertEquals(1, report.path("submissions").asInt());

        submit(TestTokens.reporter(unit), validBody(unit, period)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:no:oslo:styring:problem:period-closed"))
                .body("detail", containsString(period));
        listAs(TestTokens.reporter(unit)).then().statusCode(200).body("", hasSize(1));

        // a redelivery of the same close changes nothing; a new close of the same period (after a reopen) is revision 2
        SuiteEvents.redeliverPeriodClosed(period, close);
        SuiteEvents.periodClosed(period, 2);
        TestKafka.awaitRecords(reportTopic(), ours, 2, Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> reports = TestKafka.recordsNow(reportTopic(), ours, Duration.ofSeconds(1));
        assertEquals(List.of(1, 2),
                reports.stream().map(r -> EventContract.assertConforms(r).path("revision").asInt()).toList());

        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("unit", unit).get("/api/v1/period-reports/{p}", period)
                .then().statusCode(200).body("revision", equalTo(List.of(1, 2)))
                .body("[1].report.submissions", equalTo(1));
        given().auth().oauth2(TestTokens.reporter(TestIds.unitCode())).queryParam("unit", unit)
                .get("/api/v1/period-reports/{p}", period).then().statusCode(403);
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/period-reports/{p}", period)
                .then().statusCode(200).body("findAll { it.unit == '" + unit + "' }.size()", equalTo(2));
    }

    @Test
    void aReopenedPeriodAcceptsThatUnitOnlyUntilItIsClosedAgainAsRevision2() {
        String other = TestIds.unitCode();
        SuiteEvents.unitUpserted(other, "AGENCY");
        // a close reports on the units the service knows: wait until it knows the other unit too
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given().auth()
                .oauth2(TestTokens.reader()).get("/api/v1/units").then().extract().jsonPath().getList("code", String.class)
                .contains(other));
        SuiteEvents.periodClosed(period, 1);
        java.util.function.Predicate<ConsumerRecord<String, String>> ours = r -> unit.equals(r.key())
                && (unit + "/" + period).equals(TestKafka.header(r, "ce_subject"));
        java.util.function.Predicate<ConsumerRecord<String, String>> others = r -> other.equals(r.key())
                && (other + "/" + period).equals(TestKafka.header(r, "ce_subject"));
        TestKafka.awaitRecord(reportTopic(), others, Duration.ofSeconds(30));
        TestKafka.awaitRecord(reportTopic(), ours, Duration.ofSeconds(30));

        // an expired reopening opens nothing; a current one opens the period for its unit only (events in this order)
        SuiteEvents.periodReopened(period, other, Instant.now().minusSeconds(60));
        SuiteEvents.periodReopened(period, unit, Instant.now().plusSeconds(3600));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> submit(TestTokens.reporter(unit), validBody(unit, period)).statusCode() == 201);
        submit(TestTokens.reporter(other), validBody(other, period)).then().statusCode(409)
                .body("type", equalTo("urn:no:oslo:styring:problem:period-closed"));

        // the close that ends the reopening issues revision 2 for the reopened unit, and nothing for the others
        SuiteEvents.periodClosedFor(period, 2, List.of(unit));
        List<ConsumerRecord<String, String>> reports = TestKafka.awaitRecords(reportTopic(), ours, 2, Duration.ofSeconds(30));
        JsonNode second = EventContract.assertConforms(reports.get(1));
        assertEquals(2, second.path("revision").asInt());
        assertEquals(2, second.path("submissions").asInt());
        assertEquals(1, TestKafka.recordsNow(reportTopic(), others, Duration.ofSeconds(1)).size(),
                "the unit that was not reopened keeps its one report");
        submit(TestTokens.reporter(unit), validBody(unit, period)).then().statusCode(409);
        listAs(TestTokens.reporter(unit)).then().statusCode(200).body("", hasSize(2));
    }
}
