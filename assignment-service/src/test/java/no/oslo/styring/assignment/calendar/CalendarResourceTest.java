package no.oslo.styring.assignment.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.oslo.styring.assignment.TestUnits;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestTokens;

@QuarkusTest
class CalendarResourceTest {

    String department;
    String unit;
    int year;

    @BeforeEach
    void unitsAndYear() {
        department = TestUnits.department();
        unit = TestUnits.agency("Testetaten", department);
        year = TestUnits.yearWithPeriods();
    }

    @Test
    void aUnitsCalendarHasItsMeetingsDocumentsReportingDeadlinesAndOppdragAndIsAFeed() {
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"kind":"ETATSSTYRINGSMOTE","unit":"%s","department":"%s","startsAt":"%d-03-12T08:00:00Z",
                 "endsAt":"%d-03-12T10:00:00Z","location":"Rådhuset","participants":["etatsdirektør","kommunaldirektør"],
                 "documents":[{"title":"Årsberetning","dueDate":"%d-02-28"}]}""".formatted(unit, department, year, year,
                year)).post("/api/v1/meetings").then().statusCode(201).body("title", equalTo("Etatsstyringsmøte"));
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"year":%d,"issuer":"%s","recipients":["%s"],"title":"Utredning","description":"D","deadlinePeriod":"%d-Q2"}"""
                .formatted(year, department, unit, year)).post("/api/v1/oppdrag").then().statusCode(201);

        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/calendar").then().statusCode(200)
                .body("kind", hasItem("MEETING"))
                .body("find { it.kind == 'DOCUMENT_DUE' }.day", equalTo(year + "-02-28"))
                .body("find { it.uid == 'deadline-" + year + "-Q1' }.title", equalTo("Rapporteringsfrist: 1. kvartal " + year))
                .body("find { it.kind == 'OPPDRAG_DEADLINE' }.day", equalTo(year + "-06-30"))
                .body("size()", equalTo(1 + 1 + 22 + 1));
        given().auth().oauth2(TestTokens.reporter(TestIds.unitCode())).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/calendar").then().statusCode(403);

        String url = given().auth().oauth2(TestTokens.reporter(unit)).queryParam("unit", unit)
                .get("/api/v1/calendar/subscription").then().statusCode(200).body("url", containsString(".ics?key="))
                .extract().path("url");
        URI link = URI.create(url);
        // a calendar program sends no token: the key in the link is what lets it in
        given().queryParam("year", year).get(link.getPath() + "?" + link.getQuery()).then().statusCode(200)
                .contentType(startsWith("text/calendar"))
                .body(startsWith("BEGIN:VCALENDAR"))
                .body(containsString("SUMMARY:Etatsstyringsmøte (" + department + ")"))
                .body(containsString("DTSTART:" + year + "0312T080000Z"))
                .body(containsString("SUMMARY:Rapporteringsfrist: 2. tertial " + year));
        given().queryParam("year", year).queryParam("key", "feil").get(link.getPath()).then().statusCode(404);
        given().auth().oauth2(TestTokens.reporter(TestIds.unitCode())).queryParam("unit", unit)
                .get("/api/v1/calendar/subscription").then().statusCode(403);
    }

    @Test
    void aUnitWhoseLetterNamesItsReportingPointsHasTheDeadlinesOfThosePointsOnly() {
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON)
                .body("""
                        {"year":%d,"title":"Tildelingsbrev %d – Testetaten","issuers":["%s"],"recipients":["%s"],
                         "sections":[{"key":"6.2","heading":"Rapportering","text":"1. kvartal, 2. tertial, årsberetning og innen 20. juni"}],
                         "reportingPoints":["Q1","T2","Y","M05"]}"""
                        .formatted(year, year, department, unit))
                .post("/api/v1/letters").then().statusCode(201).body("reportingPoints", contains("Q1", "T2", "Y", "M05"))
                .body("reportingPointsNb", equalTo("1. kvartal, 2. tertial, årsberetning, mai"));
        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/calendar").then().statusCode(200)
                .body("findAll { it.kind == 'REPORTING_DEADLINE' }.uid", contains("deadline-" + year + "-Q1",
                        "deadline-" + year + "-M05", "deadline-" + year + "-T2", "deadline-" + (year) + "-Y"));
        // a point the grammar does not know is refused at its field, and nothing is stored
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"year":%d,"title":"Tildelingsbrev %d – feil","issuers":["%s"],"recipients":["%s"],"sections":[],
                 "reportingPoints":["Q1","Q5"]}""".formatted(year, year, department, unit))
                .post("/api/v1/letters").then().statusCode(400).body("errors.field", contains("reportingPoints[1]"));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/letters").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void aGatheringOnTwoWholeDaysAndATalkWithinTheFirstHalfYearAreInTheCalendarAndTheFeed() {
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"kind":"SAMLING","title":"Samling med byrådsavdelingen","unit":"%s","department":"%s",
                 "firstDay":"%d-04-17","lastDay":"%d-04-18"}""".formatted(unit, department, year, year))
                .post("/api/v1/meetings").then().statusCode(201).body("firstDay", equalTo(year + "-04-17"))
                .body("lastDay", equalTo(year + "-04-18")).body("startsAt", equalTo(null));
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"kind":"LEDERSAMTALE","unit":"%s","department":"%s","within":"%d-H1",
                 "participants":["Kommunaldirektør for helse","Bydelsdirektør"]}""".formatted(unit, department, year))
                .post("/api/v1/meetings").then().statusCode(201).body("title", equalTo("Ledersamtale"))
                .body("within", equalTo(year + "-H1")).body("withinNb", equalTo("i løpet av 1. halvår " + year))
                .body("year", equalTo(year));
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"kind":"SEKTORDIREKTORMOTE","unit":"%s","department":"%s","firstDay":"%d-09-20"}"""
                .formatted(unit, department, year)).post("/api/v1/meetings").then().statusCode(201)
                .body("title", equalTo("Sektordirektørmøte")).body("lastDay", equalTo(year + "-09-20"));

        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/calendar").then().statusCode(200)
                .body("find { it.title.startsWith('Samling') }.day", equalTo(year + "-04-17"))
                .body("find { it.title.startsWith('Samling') }.lastDay", equalTo(year + "-04-18"))
                .body("find { it.title.startsWith('Ledersamtale') }.title",
                        equalTo("Ledersamtale (" + department + "), i løpet av 1. halvår " + year))
                .body("find { it.title.startsWith('Ledersamtale') }.day", equalTo(year + "-06-30"))
                .body("find { it.title.startsWith('Ledersamtale') }.description", equalTo("Gjennomføres i løpet av "
                        + "1. halvår " + year + ", dato ikke fastsatt. Deltakere: Kommunaldirektør for helse, Bydelsdirektør"))
                .body("find { it.title.startsWith('Sektordirektørmøte') }.lastDay", equalTo(null));
        String url = given().auth().oauth2(TestTokens.reporter(unit)).queryParam("unit", unit)
                .get("/api/v1/calendar/subscription").then().statusCode(200).extract().path("url");
        URI link = URI.create(url);
        // two whole days: the feed's end is the day after the last (RFC 5545)
        given().queryParam("year", year).get(link.getPath() + "?" + link.getQuery()).then().statusCode(200)
                .body(containsString("DTSTART;VALUE=DATE:" + year + "0417\r\nDTEND;VALUE=DATE:" + year + "0419\r\n"));
    }

    @Test
    void aMeetingHasExactlyOneOfATimeDaysOrAPeriod() {
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"kind":"SAMLING","unit":"%s","department":"%s"}""".formatted(unit, department))
                .post("/api/v1/meetings").then().statusCode(400).body("errors.field", hasItem("startsAt"));
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"kind":"SAMLING","unit":"%s","department":"%s","firstDay":"%d-04-17","within":"%d-H1"}"""
                .formatted(unit, department, year, year)).post("/api/v1/meetings").then().statusCode(400)
                .body("errors.field", hasItem("within"));
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"kind":"SAMLING","unit":"%s","department":"%s","firstDay":"%d-04-18","lastDay":"%d-04-17"}"""
                .formatted(unit, department, year, year)).post("/api/v1/meetings").then().statusCode(400)
                .body("errors.field", hasItem("lastDay"));
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"kind":"LEDERSAMTALE","unit":"%s","department":"%s","within":"%d-H3"}"""
                .formatted(unit, department, year)).post("/api/v1/meetings").then().statusCode(400)
                .body("errors.field", hasItem("within"));
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"kind":"FAGMOTE","unit":"%s","department":"%s","startsAt":"%d-03-12T08:00:00Z"}"""
                .formatted(unit, department, year)).post("/api/v1/meetings").then().statusCode(400)
                .body("errors.field", hasItem("endsAt"));
        // nothing was stored
        given().auth().oauth2(TestTokens.reporter(unit)).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/calendar").then().statusCode(200).body("kind", org.hamcrest.Matchers.not(hasItem("MEETING")));
    }

    @Test
    void badMeetingsNameTheFieldAndOnlyDepartmentStaffAddThem() {
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"kind":"FAGMOTE","unit":"TUKJENT9","department":"%s","startsAt":"%d-03-12T10:00:00Z",
                 "endsAt":"%d-03-12T08:00:00Z"}""".formatted(unit, year, year)).post("/api/v1/meetings").then()
                .statusCode(400).body("errors.field", hasItem("department")).body("errors.field", hasItem("unit"))
                .body("errors.field", hasItem("endsAt"));
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("{\"kind\":\"MØTE\"}")
                .post("/api/v1/meetings").then().statusCode(400);
        given().auth().oauth2(TestTokens.reporter(unit)).contentType(ContentType.JSON).body("""
                {"kind":"FAGMOTE","unit":"%s","department":"%s","startsAt":"%d-03-12T08:00:00Z",
                 "endsAt":"%d-03-12T10:00:00Z"}""".formatted(unit, department, year, year)).post("/api/v1/meetings").then()
                .statusCode(403);
    }
}
