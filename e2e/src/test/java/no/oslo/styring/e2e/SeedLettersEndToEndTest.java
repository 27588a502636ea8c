package no.oslo.styring.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The running suite is loaded with the seed letters: their budget tables come back with exactly the letters' figures. */
class SeedLettersEndToEndTest {

    @Test
    void helseetatensFrameAndInvestmentsAndTheBydelDistribution() {
        String reader = Stack.token("leser");
        await().atMost(Duration.ofSeconds(60)).until(() -> Stack.at("budget").auth().oauth2(reader).queryParam("year", 2024)
                .get("/api/v1/district-distribution").then().extract().jsonPath().getList("").size() == 1
                && Stack.at("budget").auth().oauth2(reader).queryParam("year", 2025).get("/api/v1/budget-frames").then()
                        .extract().jsonPath().getList("").size() == 1);

        Stack.at("budget").auth().oauth2(Stack.token("rapportor-hel")).queryParam("year", 2025).queryParam("unit", "HEL")
                .get("/api/v1/budget-frames").then().statusCode(200)
                .body("[0].chapter", equalTo("314"))
                .body("[0].frame.amount", equalTo(List.of(1_206_593, 1_187_563, 1_175_234, 1_163_333)))
                .body("[0].changeFromBase.amount", equalTo(List.of(33_993, 14_963, 2_634, -9_267)));
        Stack.at("budget").auth().oauth2(reader).queryParam("year", 2025).queryParam("unit", "HEL")
                .get("/api/v1/investments").then().statusCode(200)
                .body("[0].total.amount", equalTo(List.of(39_141, 15_200, 7_600, 32_500)));
        Stack.at("budget").auth().oauth2(reader).queryParam("year", 2024).get("/api/v1/district-distribution")
                .then().statusCode(200)
                .body("[0].rows", hasSize(15))
                .body("[0].driftsramme", equalTo(28_075_184))
                .body("[0].okonomiskSosialhjelp", equalTo(1_681_512))
                .body("[0].sum", equalTo(29_756_696));
    }

    @Test
    void bothLettersGoalsTiltakAndIndicatorsWithTheirTargets() {
        String reader = Stack.token("leser");
        await().atMost(Duration.ofSeconds(60)).until(() -> Stack.at("indicator").auth().oauth2(reader)
                .queryParam("year", 2024).queryParam("unit", "030112").get("/api/v1/indicators").then().extract()
                .jsonPath().getList("").size() == 28
                && Stack.at("indicator").auth().oauth2(reader).queryParam("year", 2025).queryParam("unit", "HEL")
                        .get("/api/v1/indicators").then().extract().jsonPath().getList("").size() == 11);

        Stack.at("indicator").auth().oauth2(Stack.token("rapportor-hel")).queryParam("year", 2025).queryParam("unit", "HEL")
                .get("/api/v1/indicators").then().statusCode(200)
                .body("find { it.code == 'hel-svartid-legevaktsentralen' }.targets[0].target", equalTo("80"))
                .body("find { it.code == 'hel-svartid-legevaktsentralen' }.reportingPoints", equalTo(List.of("Q1", "T2", "Y")))
                .body("find { it.code == 'hel-andel-fast-ansatte-heltid' }.targets[0].target", equalTo("60,9"));
        Stack.at("indicator").auth().oauth2(reader).queryParam("year", 2025).queryParam("unit", "HEL")
                .get("/api/v1/goals").then().statusCode(200)
                .body("[0].goals.code", equalTo(List.of("1", "3", "5")));
        // the letters' signers: Helseetaten is governed by HLS, SET and UTD, and so are the bydeler
        Stack.at("assignment").auth().oauth2(reader).get("/api/v1/units/HEL").then().statusCode(200)
                .body("parents", equalTo(List.of("HLS", "SET", "UTD")));
        Stack.at("assignment").auth().oauth2(reader).get("/api/v1/units/030112").then().statusCode(200)
                .body("parents", equalTo(List.of("HLS", "SET", "UTD")));
        Stack.at("indicator").auth().oauth2(reader).queryParam("year", 2024).queryParam("unit", "030112")
                .get("/api/v1/goals").then().statusCode(200)
                .body("[0].goals", hasSize(9)) // «Funksjonsområde 2C» is two areas
                .body("[0].goals.find { it.code == 'FO4A' }.goals.find { it.key == 'FO4A.7' }.tiltak.withdrawn",
                        hasItem("Tiltaket er ikke aktuelt. Strategien er trukket."));
    }

    @Test
    void helseetatensClimateMeasuresWithTheirIndicatorsAndTargets() {
        String reader = Stack.token("leser");
        await().atMost(Duration.ofSeconds(60)).until(() -> Stack.at("climate").auth().oauth2(reader)
                .queryParam("year", 2025).queryParam("unit", "HEL").get("/api/v1/climate-measures").then().extract()
                .jsonPath().getList("").size() == 3);
        Stack.at("climate").auth().oauth2(reader).queryParam("year", 2025).queryParam("unit", "HEL")
                .get("/api/v1/climate-measures").then().statusCode(200)
                .body("[0].note", equalTo("Beredskapskjøretøy og spesialkjøretøy vil skje senere enn 2025."))
                .body("[0].indicators", hasSize(2))
                .body("[2].indicators[0].target", equalTo("100 %"));
    }

    @Test
    void bothLettersWithTheirSectionsIssuersAndRecipients() {
        String reader = Stack.token("leser");
        Stack.at("assignment").auth().oauth2(reader).queryParam("year", 2024).queryParam("unit", "030112")
                .get("/api/v1/letters").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].title", equalTo("Tildelingsbrev 2024 – bydelene"))
                .body("[0].reference", equalTo("23/1545 - 75"))
                .body("[0].date", equalTo("2024-01-08"))
                .body("[0].issuers", equalTo(List.of("HLS", "SET", "UTD")))
                .body("[0].recipients", hasSize(15))
                .body("[0].sections.key", hasItem("5.2"));
        Stack.at("assignment").auth().oauth2(Stack.token("rapportor-hel")).queryParam("year", 2025)
                .queryParam("unit", "HEL").get("/api/v1/letters").then().statusCode(200)
                .body("[0].title", equalTo("Tildelingsbrev 2025 – Helseetaten"))
                .body("[0].issuers", equalTo(List.of("HLS")))
                .body("[0].sections.key", hasItem("6.2"));
    }

    @Test
    void theLettersOppdragIssuedAndAnnouncedWithTheirDeadlines() {
        Stack.at("assignment").auth().oauth2(Stack.token("rapportor-hel")).queryParam("year", 2025)
                .get("/api/v1/oppdrag").then().statusCode(200)
                .body("findAll { it.status == 'ANNOUNCED' }.issuer", hasItem("SET"))
                .body("findAll { it.status == 'ANNOUNCED' }", hasSize(7))
                .body("find { it.deadline == '2025-01-31' }.status", equalTo("ISSUED"))
                .body("find { it.deadline == '2025-01-31' }.overdue", equalTo(true))
                .body("find { it.deadlinePeriod == '2025-Q2' }.deadline", equalTo("2025-06-30"))
                // «HEL, Origo og UDE vil få et felles oppdrag»; «Oslo Origo vil få oppdrag … Helseetaten … bidra»
                .body("find { it.title.startsWith('Vurdere roller og ansvar') }.recipientRole", equalTo("JOINT"))
                .body("find { it.title.startsWith('Vurdere roller og ansvar') }.parties.name",
                        equalTo(List.of("Oslo Origo", "Utdanningsetaten (UDE)")))
                .body("find { it.title.startsWith('Bidra og understøtte') }.partiesNb",
                        equalTo("Oppdraget eies av Oslo Origo; mottakeren bidrar"))
                .body("find { it.title.startsWith('Gjennomføre systembytte') }.partiesNb",
                        equalTo("I samarbeid med Husbanken"));
        Stack.at("assignment").auth().oauth2(Stack.token("rapportor-alna")).queryParam("year", 2024)
                .get("/api/v1/oppdrag").then().statusCode(200)
                .body("", hasSize(1)).body("[0].recipients", hasSize(15));
    }

    @Test
    void aBydelsCalendarHasTheLettersFiveGatheringsAndTheLedersamtaleOfTheFirstHalfYear() {
        Stack.at("assignment").auth().oauth2(Stack.token("rapportor-alna")).queryParam("year", 2024)
                .queryParam("unit", "030112").get("/api/v1/calendar").then().statusCode(200)
                .body("findAll { it.title.startsWith('Samling') }.day",
                        equalTo(List.of("2024-02-07", "2024-04-17", "2024-06-05", "2024-09-20", "2024-11-15")))
                .body("find { it.day == '2024-04-17' && it.title.startsWith('Samling') }.lastDay", equalTo("2024-04-18"))
                .body("find { it.title.startsWith('Ledersamtale') }.title",
                        equalTo("Ledersamtale (HLS), i løpet av 1. halvår 2024"))
                .body("find { it.title.startsWith('Ledersamtale') }.day", equalTo("2024-06-30"))
                // the deadlines of the points the letter asks for, not all 22 periods of the year
                .body("findAll { it.kind == 'REPORTING_DEADLINE' }.uid",
                        equalTo(List.of("deadline-2024-Q1", "deadline-2024-T2", "deadline-2024-Y")))
                // its duties due at points: two earmarked funds at 2. tertial, six duties at the årsberetning
                .body("findAll { it.kind == 'DUTY_DUE' && it.uid.endsWith('-2024-T2') }.size()", equalTo(2))
                .body("findAll { it.kind == 'DUTY_DUE' && it.uid.endsWith('-2024-Y') }.size()", equalTo(6));
    }

    @Test
    void helseetatensReportingDutiesAreTranscribedAndMissingUntilDelivered() {
        Stack.at("assignment").auth().oauth2(Stack.token("rapportor-hel")).queryParam("year", 2025).queryParam("unit", "HEL")
                .get("/api/v1/reporting-duties").then().statusCode(200).body("", hasSize(11))
                .body("find { it.text == 'Risikomatrise til etatsstyringsmøte' }.whenNb",
                        equalTo("før hvert etatsstyringsmøte"));
        Stack.at("assignment").auth().oauth2(Stack.token("rapportor-hel")).queryParam("unit", "HEL")
                .queryParam("period", "2025-M03").get("/api/v1/reporting-duties/status").then().statusCode(200)
                .body("find { it.duty.whenNb == 'hver måned' }.status", equalTo("MISSING"));
    }

    @Test
    void helseetatenSubscribesToItsStyringskalenderWithoutAToken() {
        String url = Stack.at("assignment").auth().oauth2(Stack.token("rapportor-hel")).queryParam("unit", "HEL")
                .get("/api/v1/calendar/subscription").then().statusCode(200).extract().path("url");
        given().queryParam("year", 2025).get(url).then().statusCode(200)
                .body(startsWith("BEGIN:VCALENDAR"))
                .body(containsString("SUMMARY:Rapporteringsfrist: 1. kvartal 2025"))
                .body(containsString("DTSTART;VALUE=DATE:20250131"));
    }

    @Test
    void aPublishedYearsBudgetLinesAreOpenDataWithoutAToken() {
        String admin = Stack.token("admin-hls");
        await().atMost(Duration.ofSeconds(60)).until(() -> Stack.at("budget").auth().oauth2(admin).queryParam("year", 2025)
                .get("/api/v1/budget-frames").then().extract().jsonPath().getList("").size() == 1);
        Stack.at("budget").auth().oauth2(Stack.token("rapportor-hel")).post("/api/v1/open-data/budget/2025/publication")
                .then().statusCode(403);
        Stack.at("budget").auth().oauth2(admin).post("/api/v1/open-data/budget/2025/publication").then().statusCode(201);

        Stack.at("budget").get("/api/v1/open-data/budget/2025/datapackage.json").then().statusCode(200)
                .body("profile", equalTo("fiscal-data-package"))
                .body("resources[0].path", equalTo("budget-lines.csv"));
        String csv = Stack.at("budget").get("/api/v1/open-data/budget/2025/budget-lines.csv").then().statusCode(200)
                .extract().asString();
        long frame2025 = csv.lines().skip(1).map(l -> l.split(","))
                .filter(c -> c[2].equals("HEL") && c[4].startsWith("frame-") && c[c.length - 2].equals("2025"))
                .mapToLong(c -> Long.parseLong(c[c.length - 1])).sum();
        org.junit.jupiter.api.Assertions.assertEquals(1_206_593, frame2025);
    }
}
