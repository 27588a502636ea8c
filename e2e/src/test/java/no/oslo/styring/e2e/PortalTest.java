package no.oslo.styring.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import io.restassured.http.ContentType;

import no.oslo.styring.platform.testing.TestIds;

/**
 * The portal against the running suite, in a real browser: sign-in through the real Keycloak login form as each local
 * user, the two seed letters as pages and PDFs with their figures, an earlier version and what changed, clear pages for
 * bad addresses, sign-out, keyboard use, and axe-core's WCAG 2.1 AA checks on every page.
 */
class PortalTest {

    private static final List<String> HEL_HEADINGS = List.of("1. Innledning", "2. Fellesføringer for 2025",
            "3. Føringer for Helseetaten", "4. Årsbudsjett 2025 – bystyrets vedtak",
            "4.1 Mål, tiltak, resultatindikatorer og måltall", "4.2 Tiltak i klimabudsjett 2025", "4.3 Tallbudsjettet",
            "4.3.1 Budsjettforutsetninger", "5. Oppdrag", "6. Styringsdialog og resultatoppfølging",
            "6.1 Styringsdialog og møteplan", "6.2 Rapportering og resultatoppfølging");

    /** Section 4.3 of the Helseetaten letter, row by row, as printed (minus sign and all). */
    private static final List<String> HEL_FIGURES = List.of("Vedtatt Dok 3 1 172 600 1 172 600 1 172 600 1 172 600",
            "Ramme Sak 1/2025 1 206 593 1 187 563 1 175 234 1 163 333",
            "Endring fra basis 2024 33 993 14 963 2 634 −9 267", "Totalsum 39 141 15 200 7 600 32 500",
            "Sum 120005 20 141 26 500", "78 000");

    /** Each district of the bydel letter with its sum (driftsramme + økonomisk sosialhjelp). */
    private static final Map<String, String> DISTRICTS = Map.ofEntries(
            Map.entry("Gamle Oslo", "2 550 829"),
            Map.entry("Grünerløkka", "2 255 798"),
            Map.entry("Sagene", "1 834 595"),
            Map.entry("St. Hanshaugen", "1 364 567"),
            Map.entry("Frogner", "1 939 132"),
            Map.entry("Ullern", "1 462 708"),
            Map.entry("Vestre Aker", "1 975 638"),
            Map.entry("Nordre Aker", "2 139 070"),
            Map.entry("Bjerke", "1 655 351"),
            Map.entry("Grorud", "1 488 207"),
            Map.entry("Stovner", "1 872 511"),
            Map.entry("Alna", "2 628 103"),
            Map.entry("Østensjø", "2 373 471"),
            Map.entry("Nordstrand", "2 174 280"),
            Map.entry("Søndre Nordstrand", "2 042 436"));

    @Test
    void everyLocalUserSignsInThroughKeycloakSeesTheirStartPageAndSignsOut() throws Exception {
        Map<String, String> roles = Map.of("admin-hls", "Avdeling", "rapportor-hel", "Rapportør for HEL",
                "rapportor-alna", "Rapportør for 030112", "leser", "Leser");
        for (var user : roles.entrySet()) {
            try (Browser browser = new Browser()) {
                browser.open("/", user.getKey());
                assertTrue(browser.text().contains(user.getValue()), user.getKey() + ": " + browser.text());
                assertTrue(browser.text().contains("Tildelingsbrev"), browser.text());
                browser.screenshot("start-" + user.getKey());
                browser.assertAccessible("the start page of " + user.getKey());

                // a GET of the sign-out address (what another site could make the browser do) signs no one out
                assertEquals(405, browser.download("/logg-ut").statusCode());
                browser.driver.get(Browser.portal() + "/");
                assertTrue(browser.text().contains(user.getValue()), "still signed in");
                browser.driver.findElement(By.xpath("//button[normalize-space()='Logg ut']")).click();
                browser.waitFor(d -> d.getCurrentUrl().startsWith(Browser.portal() + "/utlogget"));
                assertTrue(browser.text().contains("Du er logget ut"));
                browser.screenshot("signed-out-" + user.getKey());
                browser.assertAccessible("the signed-out page");
                // the provider's session ended too: the portal asks for the password again
                browser.driver.get(Browser.portal() + "/");
                assertTrue(browser.driver.getCurrentUrl().startsWith(Stack.url("keycloak")), browser.driver.getCurrentUrl());
                assertFalse(browser.driver.findElements(By.id("password")).isEmpty(), "the login form again");
            }
        }
    }

    @Test
    void theHelseetatenLetterIsOnePageWithEveryHeadingAndFigure() throws IOException {
        try (Browser browser = new Browser()) {
            browser.open("/brev/2025/HEL", "admin-hls");
            assertEquals("Tildelingsbrev 2025 – Helseetaten – Styring", browser.title());
            List<String> headings = browser.driver.findElements(By.cssSelector("h2, h3, h4")).stream()
                    .map(WebElement::getText).toList();
            for (String heading : HEL_HEADINGS) {
                assertTrue(headings.contains(heading), heading + " in " + headings);
            }
            String text = browser.plainText();
            for (String figures : HEL_FIGURES) {
                assertTrue(text.contains(figures), figures);
            }
            // 4.1, 4.2 and the oppdrag, as the letter words them
            assertTrue(text.contains("Tannhelse - andel 5-åringer uten karies"), "a result indicator");
            assertTrue(text.contains("100 %"), "a klimabudsjett måltall");
            assertTrue(text.contains("Fremtidsrettet innretning av Tannhelsetjenesten"), "an oppdrag");
            assertTrue(text.contains("Forfalt"), "the overdue oppdrag is marked");
            assertTrue(text.contains("Felles oppdrag med Oslo Origo og Utdanningsetaten (UDE)"), "a joint oppdrag's parties");
            assertTrue(text.contains("Oppdraget eies av Oslo Origo; mottakeren bidrar"), "an oppdrag owned outside the letter");
            assertFalse(browser.driver.findElements(By.cssSelector("table caption")).isEmpty(), "tables have captions");
            browser.screenshot("letter-2025-HEL");
            browser.assertAccessible("the Helseetaten letter");

            // every asset is the portal's own
            for (WebElement e : browser.driver.findElements(By.cssSelector("link[href], script[src], img[src]"))) {
                String url = e.getAttribute("href") != null ? e.getAttribute("href") : e.getAttribute("src");
                assertTrue(url.startsWith(Browser.portal() + "/"), "served by the portal: " + url);
            }
        }
    }

    @Test
    void theBydelLetterShowsEveryDistrictAndTheSum() throws IOException {
        try (Browser browser = new Browser()) {
            browser.open("/brev/2024/030112", "rapportor-alna");
            String text = browser.plainText();
            for (var district : DISTRICTS.entrySet()) {
                assertTrue(text.contains(district.getKey() + " "), district.getKey());
                assertTrue(text.matches("(?s).*" + java.util.regex.Pattern.quote(district.getKey())
                        + " [0-9 ]+ [0-9 ]+ " + java.util.regex.Pattern.quote(district.getValue()) + ".*"),
                        district.getKey() + " … " + district.getValue());
            }
            assertTrue(text.contains("Sum 28 075 184 1 681 512 29 756 696"), "the distribution's sums");
            assertTrue(text.contains("Trukket"), "the withdrawn tiltak is marked");
            assertTrue(text.contains("Tiltaket er ikke aktuelt. Strategien er trukket."), "with its reason");
            // the targets print «1)», as the letter does, and the footnote stands once under the table
            assertTrue(text.contains("pr 1 000 innbyggere (per 1 000 innbyggere) 7,7 8,3 8,4 1)"), text);
            assertTrue(text.contains("1) Minst like godt resultat som for 2023"), "the footnote under the table");
            // the distribution's printed title keeps its «*», with the footnote under the table
            assertTrue(text.contains("Bydelsfordelt ramme 2024*"), text);
            assertTrue(text.contains("* med forbehold om endringer når byrådet"), "the distribution's footnote");
            assertTrue(text.contains("Rapporteringspunkter 1. kvartal, 2. tertial, årsberetning"), text);
            browser.screenshot("letter-2024-030112");
            browser.assertAccessible("the bydel letter");
        }
    }

    @Test
    void everyLetterOfTheYearForTheDepartment() throws IOException {
        try (Browser browser = new Browser()) {
            browser.open("/brev/2024", "admin-hls");
            String text = browser.plainText();
            assertTrue(text.contains("Tildelingsbrev 2024 – bydelene"), text);
            for (String district : DISTRICTS.keySet()) {
                assertTrue(text.contains(district), district);
            }
            browser.driver.findElement(By.linkText("Bydel Alna")).click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/brev/2024/030112"));
            browser.open("/brev/2024", "admin-hls");
            browser.screenshot("letters-2024");
            browser.assertAccessible("the letters of a year");
        }
    }

    @Test
    void theLettersArePdfsWithEveryHeadingAndFigure() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open("/brev/2025/HEL", "leser");
            browser.driver.findElement(By.linkText("Last ned som PDF"));
            HttpResponse<byte[]> pdf = browser.download("/brev/2025/HEL/pdf");
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            String text = pdfText(pdf.body());
            for (String heading : HEL_HEADINGS) {
                assertTrue(text.contains(heading), heading);
            }
            for (String figures : HEL_FIGURES) {
                assertTrue(text.contains(figures), figures + " in the PDF");
            }
            assertTrue(text.contains("Side 1 av "), "page numbers");
            // every figure of the 4.3 tables, row by row, as the budget-service has them
            for (String row : budgetRows("2025", "HEL")) {
                assertTrue(text.contains(row), "the row " + row + " in the PDF");
            }

            HttpResponse<byte[]> bydel = browser.download("/brev/2024/030112/pdf");
            assertEquals(200, bydel.statusCode());
            String bydelText = pdfText(bydel.body());
            for (String district : DISTRICTS.keySet()) {
                assertTrue(bydelText.contains(district), district + " in the PDF");
            }
            assertTrue(bydelText.contains("29 756 696"), "the sum in the PDF");
        }
    }

    @Test
    void anEarlierVersionAndWhatChangedBetweenTwo() throws IOException {
        int year = TestIds.year();
        String admin = Stack.token("admin-hls");
        String first = """
                {"year":%d,"title":"Tildelingsbrev %d – Helseetaten","reference":"%d/1","issuers":["HLS"],"recipients":["HEL"],
                 "sections":[{"key":"1","heading":"Innledning","text":"Første avsnitt.\\n\\nAndre avsnitt."},
                             {"key":"2","heading":"Fellesføringer","text":"Uendret."}]}""".formatted(year, year, year);
        String frame = """
                {"letterYear":%d,"letter":"Tildelingsbrev %d – Helseetaten","unit":"HEL","chapter":"314","years":[%d,%d],
                 "base":{"text":"Vedtatt Dok 3","amounts":[1000,1000]},
                 "lines":[{"text":"Kompensasjon for lønns- og prisutvikling","amounts":[50,50]}],"reason":"Tildelingsbrev"}"""
                .formatted(year, year, year, year + 1);
        long frameId = ((Number) Stack.at("budget").auth().oauth2(admin).contentType(ContentType.JSON).body(frame)
                .post("/api/v1/budget-frames").then().statusCode(201).extract().path("id")).longValue();
        long id = ((Number) Stack.at("assignment").auth().oauth2(admin).contentType(ContentType.JSON).body(first)
                .post("/api/v1/letters").then().statusCode(201).extract().path("id")).longValue();
        // between the two versions the frame changes: one line more, so the frame grows by 250 a year
        String frameTag = Stack.at("budget").auth().oauth2(admin).get("/api/v1/budget-frames/" + frameId).then()
                .statusCode(200).extract().header("ETag");
        Stack.at("budget").auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", frameTag).body("""
                {"base":{"text":"Vedtatt Dok 3","amounts":[1000,1000]},
                 "lines":[{"text":"Kompensasjon for lønns- og prisutvikling","amounts":[50,50]},
                          {"text":"Tilstrekkelig beredskap smittevern","amounts":[250,250]}],
                 "reason":"Sak 1: supplerende tildeling"}""").put("/api/v1/budget-frames/" + frameId).then().statusCode(200);
        String etag = Stack.at("assignment").auth().oauth2(admin).get("/api/v1/letters/" + id).then().statusCode(200)
                .extract().header("ETag");
        String second = """
                {"reason":"Supplerende tildelingsbrev 1","reference":"%d/2","issuers":["HLS"],"recipients":["HEL"],
                 "sections":[{"key":"1","heading":"Innledning","text":"Første avsnitt.\\n\\nEt nytt andre avsnitt."},
                             {"key":"2","heading":"Fellesføringer","text":"Uendret."},
                             {"key":"5","heading":"Oppdrag","text":"Et nytt oppdrag."}]}""".formatted(year);
        Stack.at("assignment").auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", etag).body(second)
                .post("/api/v1/letters/" + id + "/versions").then().statusCode(201);

        try (Browser browser = new Browser()) {
            browser.open("/brev/" + year + "/HEL", "admin-hls");
            assertTrue(browser.plainText().contains("Et nytt andre avsnitt."), "the current version");
            // the version selector, by keyboard: choose 1 and show it
            WebElement select = browser.driver.findElement(By.id("versjon"));
            select.sendKeys("1");
            browser.driver.findElement(By.id("vis-versjon")).sendKeys(Keys.ENTER);
            browser.waitFor(d -> d.getCurrentUrl().endsWith("versjon=1"));
            String earlier = browser.plainText();
            assertTrue(earlier.contains("Du ser en tidligere versjon av brevet."), earlier);
            assertTrue(earlier.contains("Andre avsnitt.") && !earlier.contains("Et nytt andre avsnitt."), earlier);
            browser.screenshot("letter-version-1");
            browser.assertAccessible("an earlier version");

            browser.open("/brev/" + year + "/HEL/endringer?fra=1&til=2", "admin-hls");
            String diff = browser.plainText();
            assertTrue(diff.contains("Endringer fra versjon 1 til versjon 2"), diff);
            assertTrue(diff.contains("Lagt til: 5 Oppdrag") && diff.contains("Et nytt oppdrag."), "the added section");
            assertTrue(diff.contains("Endret: 1 Innledning"), "the changed section");
            assertTrue(diff.contains("Andre avsnitt.") && diff.contains("Et nytt andre avsnitt."), "before and after");
            assertFalse(diff.contains("Første avsnitt."), "the paragraph that stayed the same is left out");
            assertTrue(diff.contains(year + "/1") && diff.contains(year + "/2"), "the changed reference");
            assertFalse(diff.contains("Uendret."), "the unchanged section is left out");
            assertTrue(diff.contains("Endrede budsjettlinjer"), "the budget lines that changed");
            assertTrue(diff.contains("Kap. 314 HEL: Tilstrekkelig beredskap smittevern"), "the new line");
            assertTrue(diff.contains("Etter (Versjon 2) 250 250"), "its amounts in version 2");
            assertTrue(diff.contains("Kap. 314 HEL: Ramme") && diff.contains("Før (Versjon 1) 1 050 1 050")
                    && diff.contains("Etter (Versjon 2) 1 300 1 300"), "the frame before and after");
            assertFalse(diff.contains("Kap. 314 HEL: Kompensasjon"), "the unchanged line is left out");
            browser.screenshot("letter-what-changed");
            browser.assertAccessible("what changed");
        }
    }

    @Test
    void aReporterSeesItsOwnDraftsAndNeverAnotherUnits() throws Exception {
        String period = "2025-T2";
        Stack.at("budget").auth().oauth2(Stack.token("rapportor-hel")).contentType(ContentType.JSON)
                .body("{\"unit\":\"HEL\",\"periodId\":\"" + period + "\",\"actualsToDate\":905117,"
                        + "\"yearEndForecast\":1210000,\"comment\":\"Økt pågang legevakt\"}")
                .post("/api/v1/budget-status").then().statusCode(201);
        try (Browser own = new Browser()) {
            own.open("/rapportering/" + period + "/HEL", "rapportor-hel");
            String text = own.plainText();
            assertTrue(text.contains("Avvik mot rammen etter prognosen: −3 407 (1 000 kr), merforbruk"), text);
            assertEquals("905 117", own.value("actualsToDate"));
            assertEquals("1 210 000", own.value("yearEndForecast"));
            assertEquals("Økt pågang legevakt", own.value("comment"));
            own.screenshot("drafts-own-unit");
            own.assertAccessible("a unit's drafts");
        }
        try (Browser other = new Browser()) {
            other.open("/", "rapportor-alna");
            HttpResponse<byte[]> r = other.download("/rapportering/" + period + "/HEL");
            assertEquals(403, r.statusCode(), "another unit's drafts");
            String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(body.contains("Du har ikke tilgang"), body);
            assertFalse(body.contains("905") || body.contains("legevakt"), "nothing of HEL's draft: " + body);
            other.driver.get(Browser.portal() + "/rapportering/" + period + "/HEL");
            assertTrue(other.plainText().contains("Du har ikke tilgang"));
            other.screenshot("drafts-other-unit-403");
            other.assertAccessible("the 403 page");
            // its own unit's drafts it does see
            assertEquals(200, other.download("/rapportering/" + period + "/030112").statusCode());
        }
    }

    @Test
    void aPeriodTheLetterDoesNotAskBudgetStatusForSaysSoAndOffersNoForm() throws Exception {
        // Helseetaten's letter asks for budget status at 1. kvartal, 2. tertial, årsberetning and for May: not for Q2
        try (Browser own = new Browser()) {
            own.open("/rapportering/2025-Q2/HEL", "rapportor-hel");
            String text = own.plainText();
            assertTrue(text.contains("Tildelingsbrevet ber ikke om budsjettstatus i denne perioden."), text);
            assertTrue(own.driver.findElements(By.id("actualsToDate")).isEmpty(), "no budget form where none is asked");
            own.assertAccessible("a reporting page where no budget status is asked");
        }
        try (Browser department = new Browser()) {
            department.open("/perioder/2025-Q2", "admin-hls");
            String text = department.plainText();
            assertTrue(text.contains("Ikke bedt om"), text);
            department.screenshot("overview-2025-Q2-not-asked");
        }
    }

    @Test
    void badAddressesGetAClearPageWithTheRightStatus() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open("/", "leser");
            Map<String, Integer> cases = Map.of("/brev/20x5/HEL", 400, "/brev/2025/hel", 400,
                    "/brev/1999/HEL", 400, "/brev/2019/HEL", 404, "/brev/2025/HEL?versjon=99", 404,
                    "/brev/2025/HEL?versjon=x", 400, "/brev/2025/HEL/endringer?fra=1&til=7", 404,
                    "/rapportering/2025-Q5/HEL", 400, "/brev/20x5", 400);
            for (var c : cases.entrySet()) {
                HttpResponse<byte[]> r = browser.download(c.getKey());
                assertEquals(c.getValue(), r.statusCode(), c.getKey());
                String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(body.contains("role=\"alert\""), c.getKey() + ": " + body);
                assertFalse(body.contains("Exception") || body.contains("no.oslo"), "no class names: " + body);
            }
            browser.driver.get(Browser.portal() + "/brev/20x5/HEL");
            assertTrue(browser.plainText().contains("«20x5» er ikke et årstall"), browser.plainText());
            browser.screenshot("error-bad-year");
            browser.assertAccessible("an error page");
            browser.driver.get(Browser.portal() + "/brev/2019/HEL");
            assertTrue(browser.plainText().contains("Ingen tildelingsbrev for HEL i 2019."), browser.plainText());
        }
    }

    @Test
    void theKeyboardReachesTheContentFirstAndEnglishIsOneLinkAway() throws IOException {
        try (Browser browser = new Browser()) {
            browser.open("/", "leser");
            browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement first = browser.driver.switchTo().activeElement();
            assertEquals("Hopp til hovedinnholdet", first.getText());
            first.sendKeys(Keys.ENTER);
            browser.waitFor(d -> d.getCurrentUrl().endsWith("#innhold"));
            browser.driver.findElement(By.linkText("English")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("lang=en"));
            assertTrue(browser.text().contains("Sign out"), browser.text());
            assertEquals("en", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
            browser.screenshot("start-english");
            browser.assertAccessible("the English start page");
            // the choice is kept on the next page
            browser.driver.get(Browser.portal() + "/brev/2025/HEL");
            assertTrue(browser.text().contains("Download as PDF"), "English is kept");
            browser.driver.findElement(By.linkText("Norsk (bokmål)")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("lang=nb"));
            assertTrue(browser.text().contains("Last ned som PDF"));
        }
    }

    /** The amounts of each row of the unit's 4.3 tables, formatted as printed (a year with nothing is left blank). */
    private static List<String> budgetRows(String year, String unit) {
        String token = Stack.token("leser");
        List<String> rows = new java.util.ArrayList<>();
        var frames = Stack.at("budget").auth().oauth2(token).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/budget-frames").then().statusCode(200).extract().jsonPath();
        for (int f = 0; f < frames.getList("$").size(); f++) {
            rows.add(amounts(frames.getList("[" + f + "].base.amounts.amount", Long.class), false));
            int lines = frames.getList("[" + f + "].lines").size();
            for (int l = 0; l < lines; l++) {
                rows.add(amounts(frames.getList("[" + f + "].lines[" + l + "].amounts.amount", Long.class), false));
            }
            rows.add(amounts(frames.getList("[" + f + "].frame.amount", Long.class), false));
            rows.add(amounts(frames.getList("[" + f + "].changeFromBase.amount", Long.class), false));
        }
        var investments = Stack.at("budget").auth().oauth2(token).queryParam("year", year).queryParam("unit", unit)
                .get("/api/v1/investments").then().statusCode(200).extract().jsonPath();
        for (int t = 0; t < investments.getList("$").size(); t++) {
            int projects = investments.getList("[" + t + "].projects").size();
            for (int p = 0; p < projects; p++) {
                String at = "[" + t + "].projects[" + p + "]";
                for (int l = 0; l < investments.getList(at + ".lines").size(); l++) {
                    rows.add(investments.getString(at + ".lines[" + l + "].art") + " "
                            + amounts(investments.getList(at + ".lines[" + l + "].amounts.amount", Long.class), true));
                }
                rows.add(amounts(investments.getList(at + ".total.amount", Long.class), true));
            }
            rows.add("Totalsum " + amounts(investments.getList("[" + t + "].total.amount", Long.class), true));
        }
        rows.removeIf(String::isBlank);
        assertTrue(rows.size() > 30, "the letter's budget rows: " + rows.size());
        return rows;
    }

    private static String amounts(List<Long> amounts, boolean blankZero) {
        return amounts.stream().filter(a -> !blankZero || a != 0).map(PortalTest::norwegian)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static String norwegian(long amount) {
        String digits = String.format(java.util.Locale.ROOT, "%,d", Math.abs(amount)).replace(',', ' ');
        return (amount < 0 ? "\u2212" : "") + digits;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }
}
