package no.oslo.styring.assignment.oppdrag;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import no.oslo.styring.assignment.TestUnits;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.EventContract;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestKafka;
import no.oslo.styring.platform.testing.TestTokens;

@QuarkusTest
class OppdragResourceTest {

    String department;
    String a;
    String b;

    @BeforeEach
    void units() {
        department = TestUnits.department();
        a = TestUnits.agency("Etat A", department);
        b = TestUnits.unit("Bydel B", "DISTRICT", department);
    }

    private String oppdrag(String deadline, boolean announced) {
        return """
                {"year":2025,"issuer":"%s","recipients":["%s","%s"],"title":"Felles utredning av legevakt",
                 "description":"Byrådsavdelingen ber om en felles utredning.",%s"announced":%s}"""
                .formatted(department, a, b, deadline, announced);
    }

    private static Response post(String token, String path, Object id, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path, id);
    }

    private long create(String body) {
        return given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/oppdrag").then().statusCode(201).header("Location", containsString("/api/v1/oppdrag/"))
                .extract().jsonPath().getLong("id");
    }

    @Test
    void announcedIssuedDeliveredReturnedDeliveredAcceptedEachAnEventPerRecipient() {
        long id = create(oppdrag("\"deadlinePeriod\":\"2025-Q2\",", true));
        given().auth().oauth2(TestTokens.reporter(a)).get("/api/v1/oppdrag/{id}", id).then().statusCode(200)
                .body("status", equalTo("ANNOUNCED")).body("deadline", equalTo("2025-06-30"))
                .body("overdue", equalTo(false));
        given().auth().oauth2(TestTokens.reporter(TestIds.unitCode())).get("/api/v1/oppdrag/{id}", id).then()
                .statusCode(403);

        post(TestTokens.department(), "/api/v1/oppdrag/{id}/issue", id, "{}").then().statusCode(200)
                .body("status", equalTo("ISSUED")).body("overdue", equalTo(true));
        String delivery = "{\"unit\":\"%s\",\"note\":\"Utredning vedlagt\",\"documentLink\":\"https://sak.oslo.kommune.no/25/1\"}";
        post(TestTokens.reporter(b), "/api/v1/oppdrag/{id}/deliveries", id, delivery.formatted(a)).then().statusCode(403);
        post(TestTokens.reporter(a), "/api/v1/oppdrag/{id}/deliveries", id, delivery.formatted(a)).then().statusCode(200)
                .body("status", equalTo("DELIVERED")).body("overdue", equalTo(false));
        post(TestTokens.reporter(a), "/api/v1/oppdrag/{id}/acceptance", id, "{}").then().statusCode(403);
        post(TestTokens.department(), "/api/v1/oppdrag/{id}/return", id, "{\"note\":\"Mangler kostnader\"}").then()
                .statusCode(200).body("status", equalTo("RETURNED"));
        post(TestTokens.reporter(b), "/api/v1/oppdrag/{id}/deliveries", id, delivery.formatted(b)).then().statusCode(200);
        post(TestTokens.department(), "/api/v1/oppdrag/{id}/acceptance", id, "{}").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("transitions.status", contains("ANNOUNCED", "ISSUED", "DELIVERED", "RETURNED", "DELIVERED", "ACCEPTED"))
                .body("transitions[2].documentLink", equalTo("https://sak.oslo.kommune.no/25/1"))
                .body("transitions[3].note", equalTo("Mangler kostnader"));
        post(TestTokens.department(), "/api/v1/oppdrag/{id}/return", id, "{}").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("ACCEPTED"));

        Predicate<ConsumerRecord<String, String>> ours = r -> (r.key().equals(a) || r.key().equals(b))
                && TestKafka.header(r, "ce_subject").endsWith("/oppdrag/" + id);
        List<ConsumerRecord<String, String>> events = TestKafka.awaitRecords(Topics.ASSIGNMENTS, ours, 12,
                Duration.ofSeconds(30));
        events.forEach(EventContract::assertConforms);
        assertEquals(6, events.stream().filter(r -> r.key().equals(a)).count());
        assertEquals(6, events.stream().filter(r -> r.key().equals(b)).count());
        assertEquals(List.of("ANNOUNCED", "ISSUED", "DELIVERED", "RETURNED", "DELIVERED", "ACCEPTED"), events.stream()
                .filter(r -> r.key().equals(b)).map(r -> EventContract.assertConforms(r).path("transition").asText())
                .toList());

        given().auth().oauth2(TestTokens.reporter(a)).queryParam("year", 2025).get("/api/v1/oppdrag").then()
                .statusCode(200).body("id", hasItem((int) id));
        given().auth().oauth2(TestTokens.reporter(a)).queryParam("unit", b).get("/api/v1/oppdrag").then().statusCode(403);
    }

    @Test
    void aReminderGoesOutOnceBeforeTheDeadline() {
        LocalDate soon = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(3);
        long id = create(oppdrag("\"deadline\":\"" + soon + "\",", false));
        // this test's units in the subject too: an oppdrag id of a database set up anew may be on the topic already
        Predicate<ConsumerRecord<String, String>> reminders = r -> (r.key().equals(a) || r.key().equals(b))
                && TestKafka.header(r, "ce_subject").endsWith("/oppdrag/" + id)
                && EventTypes.ASSIGNMENT_REMINDER.equals(TestKafka.header(r, "ce_type"));
        List<ConsumerRecord<String, String>> sent = TestKafka.awaitRecords(Topics.ASSIGNMENTS, reminders, 2,
                Duration.ofSeconds(30));
        assertEquals("REMINDER", EventContract.assertConforms(sent.get(0)).path("transition").asText());
        assertEquals(2, TestKafka.recordsNow(Topics.ASSIGNMENTS, reminders, Duration.ofSeconds(3)).size(), "once");
        long far = create(oppdrag("\"deadline\":\"" + soon.plusDays(30) + "\",", false));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/oppdrag/{id}", far).then().statusCode(200)
                .body("overdue", equalTo(false));
    }

    @Test
    void aJointOppdragAndOneOwnedOutsideTheLetterNameTheirPartiesInTheApiAndTheEvents() {
        long joint = create(
                """
                        {"year":2025,"issuer":"%s","recipients":["%s"],"title":"Vurdere roller og ansvar for IKT i barnehagene",
                         "description":"HEL, Origo og UDE vil få et felles oppdrag.","announced":true,
                         "parties":[{"name":"Oslo Origo","role":"CO_RESPONSIBLE"},{"name":"Utdanningsetaten (UDE)","role":"CO_RESPONSIBLE"}]}"""
                        .formatted(department, a));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/oppdrag/{id}", joint).then().statusCode(200)
                .body("parties.name", contains("Oslo Origo", "Utdanningsetaten (UDE)"))
                .body("recipientRole", equalTo("JOINT"))
                .body("partiesNb", equalTo("Felles oppdrag med Oslo Origo og Utdanningsetaten (UDE)"));
        var event = TestKafka.awaitRecord(Topics.ASSIGNMENTS,
                r -> TestKafka.header(r, "ce_subject").equals(a + "/oppdrag/" + joint),
                java.time.Duration.ofSeconds(30));
        var data = EventContract.assertConforms(event);
        assertEquals("JOINT", data.path("recipientRole").asText());
        assertEquals("CO_RESPONSIBLE", data.at("/parties/1/role").asText());

        long owned = create("""
                {"year":2025,"issuer":"%s","recipients":["%s"],"title":"Bidra til digital transportlogistikk",
                 "description":"Oslo Origo vil få oppdrag … Helseetaten vil få oppdrag om å bidra og understøtte.",
                 "announced":true,"parties":[{"name":"Oslo Origo","role":"OWNER"}]}""".formatted(department, a));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/oppdrag/{id}", owned).then().statusCode(200)
                .body("recipientRole", equalTo("SUPPORTING"))
                .body("partiesNb", equalTo("Oppdraget eies av Oslo Origo; mottakeren bidrar"));
        // an oppdrag without parties is the recipients' own
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/oppdrag/{id}", create(oppdrag("", true))).then()
                .statusCode(200).body("parties", hasSize(0)).body("recipientRole", equalTo("RESPONSIBLE"));
    }

    @Test
    void partiesThatAreRecipientsTwoOwnersOrNamelessAreRefusedNamingTheField() {
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"year":2025,"issuer":"%s","recipients":["%s"],"title":"T","description":"D",
                 "parties":[{"name":"%s","role":"PARTNER"},{"name":"Origo","role":"OWNER"},{"name":"Husbanken","role":"OWNER"},
                            {"name":"origo","role":"PARTNER"}]}""".formatted(department, a, a)).post("/api/v1/oppdrag")
                .then().statusCode(400)
                .body("errors.field", contains("parties[0].name", "parties[2].role", "parties[3].name"));
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"year":2025,"issuer":"%s","recipients":["%s"],"title":"T","description":"D",
                 "parties":[{"name":" ","role":"SPONSOR"}]}""".formatted(department, a)).post("/api/v1/oppdrag")
                .then().statusCode(400).body("errors.field", hasItem(containsString("parties")));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", 2025).queryParam("unit", a).get("/api/v1/oppdrag")
                .then().statusCode(200).body("findAll { it.title == 'T' }", hasSize(0));
    }

    @Test
    void badOppdragNameTheFieldAndOnlyDepartmentStaffGiveThem() {
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"year":2025,"issuer":"%s","recipients":["TUKJENT9"],"title":"T","description":"D",
                 "deadline":"2025-01-31","deadlinePeriod":"2025-Q2"}""".formatted(a)).post("/api/v1/oppdrag").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("issuer", "recipients[0]", "deadlinePeriod"));
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("{\"year\":2025}")
                .post("/api/v1/oppdrag").then().statusCode(400).body("errors.field", hasItem("title"));
        given().auth().oauth2(TestTokens.reporter(a)).contentType(ContentType.JSON).body(oppdrag("", false))
                .post("/api/v1/oppdrag").then().statusCode(403);
        given().contentType(ContentType.JSON).body(oppdrag("", false)).post("/api/v1/oppdrag").then().statusCode(401);
        long id = create(oppdrag("", false));
        String outsider = TestUnits.agency("Etat C", department);
        post(TestTokens.reporter(outsider), "/api/v1/oppdrag/{id}/deliveries", id,
                "{\"unit\":\"" + outsider + "\",\"note\":\"N\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("unit"));
        post(TestTokens.reporter(a), "/api/v1/oppdrag/{id}/deliveries", id,
                "{\"unit\":\"" + a + "\",\"note\":\"N\",\"documentLink\":\"ikke en lenke\"}").then().statusCode(400)
                .body("errors[0].field", containsString("documentLink"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/oppdrag/{id}", id).then().statusCode(200)
                .body("status", equalTo("ISSUED")).body("transitions.status", not(hasItem("DELIVERED")));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/oppdrag/{id}", 987654321).then().statusCode(404);
    }
}
