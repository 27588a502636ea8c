package no.oslo.styring.assignment.duty;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import no.oslo.styring.assignment.TestUnits;
import no.oslo.styring.platform.testing.TestTokens;

/** Reporting duties: set by department staff, fulfilled by the unit, due in its calendar and at its periods. */
@QuarkusTest
class DutyResourceTest {

    String department;
    String unit;
    int year;

    @BeforeEach
    void unitsAndYear() {
        department = TestUnits.department();
        unit = TestUnits.agency("Testetaten", department);
        year = TestUnits.yearWithPeriods();
    }

    private long duty(String when, String text) {
        return create("""
                {"year":%d,"issuer":"%s","reporters":["%s"],"to":"%s","text":"%s","when":%s,
                 "concerns":"Øremerkede midler","section":"6.2 Særskilt rapportering"}"""
                .formatted(year, department, unit, department, text, when)).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static Response create(String body) {
        return given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reporting-duties");
    }

    private Response fulfil(String token, long id, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reporting-duties/{id}/fulfilments", id);
    }

    @Test
    void aDutyAtPointsIsDueThereMissingUntilDeliveredAndInTheCalendar() {
        long funds = duty("{\"points\":[\"T2\",\"Y\"]}", "Bruk av øremerkede midler rapporteres i 2. tertial og årsberetning");
        long incidents = duty("{\"event\":\"straks\"}", "Alvorlige hendelser rapporteres straks");
        long dated = duty("{\"date\":\"%d-06-20\"}".formatted(year), "Status pr. mai");

        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("unit", unit).queryParam("period", year + "-T2")
                .get("/api/v1/reporting-duties/status").then().statusCode(200)
                .body("duty.id", contains((int) funds, (int) incidents, (int) dated))
                .body("find { it.duty.id == " + funds + " }.status", equalTo("MISSING"))
                .body("find { it.duty.id == " + funds + " }.duty.whenNb", equalTo("2. tertial, årsberetning"))
                .body("find { it.duty.id == " + incidents + " }.status", equalTo("ONGOING"));
        // 20 June is in the second quarter and the second tertial, not in the first quarter
        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("unit", unit).queryParam("period", year + "-Q2")
                .get("/api/v1/reporting-duties/status").then().statusCode(200)
                .body("find { it.duty.id == " + dated + " }.status", equalTo("MISSING"));
        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("unit", unit).queryParam("period", year + "-Q1")
                .get("/api/v1/reporting-duties/status").then().statusCode(200)
                .body("duty.id", contains((int) incidents));

        fulfil(TestTokens.reporter(unit), funds,
                """
                        {"unit":"%s","occasion":"%d-T2","delivered":true,"note":"Se vedlegg","documentLink":"https://sak.oslo.kommune.no/1"}"""
                        .formatted(unit, year))
                .then().statusCode(201).body("occasion", equalTo(year + "-T2"));
        fulfil(TestTokens.reporter(unit), incidents, """
                {"unit":"%s","occasion":"%d-05-02","delivered":true,"note":"Avvik meldt"}""".formatted(unit, year))
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.reader()).queryParam("unit", unit).queryParam("period", year + "-T2")
                .get("/api/v1/reporting-duties/status").then().statusCode(200)
                .body("find { it.duty.id == " + funds + " }.status", equalTo("DELIVERED"))
                .body("find { it.duty.id == " + funds + " }.latest.documentLink", equalTo("https://sak.oslo.kommune.no/1"))
                .body("find { it.duty.id == " + incidents + " }.latest.note", equalTo("Avvik meldt"));
        // delivered at T2 is not delivered at the year
        given().auth().oauth2(TestTokens.reader()).queryParam("unit", unit).queryParam("period", year + "-Y")
                .get("/api/v1/reporting-duties/status").then().statusCode(200)
                .body("find { it.duty.id == " + funds + " }.status", equalTo("MISSING"));

        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/calendar").then().statusCode(200)
                .body("findAll { it.kind == 'DUTY_DUE' }.uid", hasItem("duty-" + funds + "-" + year + "-T2"))
                .body("findAll { it.kind == 'DUTY_DUE' }.uid", hasItem("duty-" + funds + "-" + year + "-Y"))
                .body("find { it.uid == 'duty-" + dated + "' }.day", equalTo(year + "-06-20"))
                .body("findAll { it.kind == 'DUTY_DUE' }", hasSize(3));
    }

    @Test
    void aDocumentDueBeforeEachMeetingOfAKindStandsOnTheDayOfEachSuchMeeting() {
        long matrix = duty("{\"beforeMeeting\":\"ETATSSTYRINGSMOTE\"}", "Risikomatrise til etatsstyringsmøte");
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"kind":"ETATSSTYRINGSMOTE","unit":"%s","department":"%s","startsAt":"%d-03-12T08:00:00Z",
                 "endsAt":"%d-03-12T10:00:00Z"}""".formatted(unit, department, year, year)).post("/api/v1/meetings")
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/calendar").then().statusCode(200)
                .body("find { it.kind == 'DUTY_DUE' }.title",
                        equalTo("Rapporteringskrav: Risikomatrise til etatsstyringsmøte (før Etatsstyringsmøte)"))
                .body("find { it.kind == 'DUTY_DUE' }.day", equalTo(year + "-03-12"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/reporting-duties/{id}", matrix).then().statusCode(200)
                .body("whenNb", equalTo("før hvert etatsstyringsmøte")).body("inferred", hasSize(0));
        // what the letter does not print is kept as assumed, and served so
        long assumed = create("""
                {"year":%d,"issuer":"%s","reporters":["%s"],"to":"staten (KOSTRA)","text":"Statlige rapporteringskrav",
                 "when":{"points":["Y"]},"inferred":["to","when"]}""".formatted(year, department, unit)).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/reporting-duties/{id}", assumed).then().statusCode(200)
                .body("inferred", contains("to", "when"));
    }

    @Test
    void badDutiesAndFulfilmentsNameTheFieldAndAReporterTouchesOnlyItsOwnUnit() {
        create("""
                {"year":%d,"issuer":"%s","reporters":["TUKJENT9"],"to":"HLS","text":"T","when":{"points":["T4"]}}"""
                .formatted(year, unit)).then().statusCode(400)
                .body("errors.field", contains("issuer", "reporters[0]", "when.points[0]"));
        create("""
                {"year":%d,"issuer":"%s","reporters":["%s"],"to":"HLS","text":"T","when":{"points":["Y"],"event":"straks"}}"""
                .formatted(year, department, unit)).then().statusCode(400).body("errors[0].field", equalTo("when"));
        create("""
                {"year":%d,"issuer":"%s","reporters":["%s"],"to":"HLS","text":"T","when":{"points":["Y"]},
                 "inferred":["to","frist"]}""".formatted(year, department, unit)).then().statusCode(400)
                .body("errors.field", contains("inferred[1]"));
        long funds = duty("{\"points\":[\"T2\",\"Y\"]}", "Øremerkede midler");
        fulfil(TestTokens.reporter(unit), funds, "{\"unit\":\"%s\",\"occasion\":\"%d-Q1\",\"delivered\":true}"
                .formatted(unit, year)).then().statusCode(400).body("errors[0].field", equalTo("occasion"));
        String other = TestUnits.agency("Annen etat", department);
        fulfil(TestTokens.reporter(other), funds, "{\"unit\":\"%s\",\"occasion\":\"%d-T2\",\"delivered\":true}"
                .formatted(unit, year)).then().statusCode(403);
        fulfil(TestTokens.reporter(other), funds, "{\"unit\":\"%s\",\"occasion\":\"%d-T2\",\"delivered\":true}"
                .formatted(other, year)).then().statusCode(400).body("errors[0].field", equalTo("unit"));
        given().auth().oauth2(TestTokens.reporter(other)).queryParam("unit", unit).queryParam("period", year + "-T2")
                .get("/api/v1/reporting-duties/status").then().statusCode(403);
        given().auth().oauth2(TestTokens.reporter(unit)).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/reporting-duties").then().statusCode(403);
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/reporting-duties/{id}", 987654321).then().statusCode(404);
        // nothing was recorded by the refusals
        given().auth().oauth2(TestTokens.reader()).queryParam("unit", unit).queryParam("period", year + "-T2")
                .get("/api/v1/reporting-duties/status").then().statusCode(200)
                .body("find { it.duty.id == " + funds + " }.status", equalTo("MISSING"));
    }
}
