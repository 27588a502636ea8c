package no.oslo.styring.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The parts of the portal's follow-up that the reporting story does not pass through: the department's CSV upload from a
 * unit's reporting page (refused with every problem, then stored), the trends index, a unit's budget trend with the
 * letter's frames as chart, table and CSV, and a reporting page in English. Helseetaten's 2025 årsberetning, which no
 * other test uses.
 */
class PortalTrendsAndUploadTest {

    private static final String PAGE = "/rapportering/2025-Y/HEL";
    private static final String ALARMS = "value-hel-antall-digital-trygghetsalarm";

    @Test
    void departmentStaffUploadMeasurementsFromTheReportingPage() throws Exception {
        try (Browser staff = new Browser()) {
            staff.open(PAGE, "admin-hls");
            staff.assertAccessible("a unit's reporting page for department staff");
            Path bad = Files.createTempFile("maling", ".csv");
            Files.writeString(bad, "unit,periodId,indicator,value,comment\n"
                    + "HEL,2025-Y,hel-antall-digital-trygghetsalarm,mange,\n", StandardCharsets.UTF_8);
            staff.driver.findElement(By.id("fil")).sendKeys(bad.toString());
            staff.driver.findElement(By.cssSelector("form[action$='/opplasting'] button")).click();
            staff.waitFor(d -> !d.findElements(By.id("opplasting-resultat")).isEmpty());
            String result = staff.driver.findElement(By.id("opplasting-resultat")).getText();
            assertTrue(result.contains("Rad 2, value: «mange» er ikke et tall, for eksempel 81,5"), result);
            assertTrue(result.contains("1 feil i 1 rader; ingenting ble lagret"), result);
            assertEquals("", staff.value(ALARMS), "nothing stored from a refused file");
            staff.screenshot("upload-refused");
            staff.assertAccessible("the refused upload");

            Path good = Files.createTempFile("maling", ".csv");
            Files.writeString(good, "unit,periodId,indicator,value,comment\n"
                    + "HEL,2025-Y,hel-antall-digital-trygghetsalarm,1200,Fra fagsystemet\n", StandardCharsets.UTF_8);
            staff.driver.findElement(By.id("fil")).sendKeys(good.toString());
            staff.driver.findElement(By.cssSelector("form[action$='/opplasting'] button")).click();
            staff.waitFor(d -> d.findElement(By.id("opplasting-resultat")).getText().contains("lagret"));
            assertTrue(staff.driver.findElement(By.id("opplasting-resultat")).getText()
                    .contains("1 rad lagret (1 enhet, 1 indikator)"));
            assertEquals("1200", staff.value(ALARMS));
            assertEquals("Fra fagsystemet", staff.value("comment-hel-antall-digital-trygghetsalarm"));
            staff.screenshot("upload-stored");
        }
        // a reporter has no upload: the form is not offered, and the address refuses
        try (Browser reporter = new Browser()) {
            reporter.open(PAGE, "rapportor-hel");
            assertTrue(reporter.driver.findElements(By.id("fil")).isEmpty());
            String token = reporter.driver.findElement(By.name("_csrf")).getDomProperty("value");
            String boundary = "grense" + System.nanoTime();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"m.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\nunit,periodId,indicator,value,comment\n"
                    + "HEL,2025-Y,hel-antall-digital-trygghetsalarm,1,\n\r\n--" + boundary + "--\r\n";
            HttpResponse<String> refused = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(Browser.portal() + PAGE + "/opplasting"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Cookie", reporter.cookies())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, refused.statusCode(), refused.body());
            reporter.driver.navigate().refresh();
            assertEquals("1200", reporter.value(ALARMS), "the department's value, not the reporter's upload");
        }
    }

    @Test
    void trendsOfABudgetAreAChartATableAndACsv() throws Exception {
        try (Browser reader = new Browser()) {
            reader.open("/trender?aar=2025", "leser");
            assertTrue(reader.plainText().contains("Trender"), reader.plainText());
            assertTrue(!reader.driver.findElements(By.cssSelector("a[href^='/trender/indikator/hel-']")).isEmpty());
            reader.assertAccessible("the trends index");

            reader.driver.get(Browser.portal() + "/trender/budsjett/HEL?aar=2025");
            reader.waitFor(d -> "true".equals(d.findElement(By.id("rammer-figur")).getDomAttribute("data-drawn")));
            String table = reader.driver.findElement(By.id("rammer-tabell")).getText().replace('\u00a0', ' ');
            for (String row : new String[]{"2025 1 206 593", "2026 1 187 563", "2027 1 175 234", "2028 1 163 333"}) {
                assertTrue(table.contains(row), table);
            }
            reader.screenshot("trend-budget-hel");
            reader.assertAccessible("a unit's budget trend");
            HttpResponse<byte[]> csv = reader.download("/trender/budsjett/HEL/rammer.csv?aar=2025");
            assertEquals(200, csv.statusCode());
            String text = new String(csv.body(), StandardCharsets.UTF_8);
            assertTrue(text.contains("2025;1206593") && text.contains("2028;1163333"), text);
            assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("rammer-HEL.csv"));
        }
    }

    @Test
    void aReporterDeliversAnOppdragWithANoteAndALink() throws Exception {
        String oppdrag = "//article[.//h3[starts-with(normalize-space(.), 'Videreutvikle driften ved Legevakten')]]";
        try (Browser reporter = new Browser()) {
            reporter.open(PAGE, "rapportor-hel");
            var article = reporter.driver.findElement(By.xpath(oppdrag));
            assertTrue(article.getText().contains("gitt"), article.getText());
            // no note and a link that is not one: both refused at their fields, nothing delivered
            article.findElement(By.cssSelector("input[type=url]")).sendKeys("sak 25/123");
            article.findElement(By.cssSelector("button[type=submit]")).click();
            reporter.waitFor(d -> d.findElements(By.xpath(oppdrag + "//*[contains(@class,'pkt-form-validation')]"))
                    .size() == 2);
            article = reporter.driver.findElement(By.xpath(oppdrag));
            String text = article.getText();
            assertTrue(text.contains("Må fylles ut.") && text.contains("Skriv en lenke som begynner med https://"), text);
            assertEquals("sak 25/123", article.findElement(By.cssSelector("input[type=url]")).getDomProperty("value"));
            reporter.assertAccessible("a refused delivery");

            var link = article.findElement(By.cssSelector("input[type=url]"));
            link.clear();
            link.sendKeys("https://sak.oslo.kommune.no/25/123");
            article.findElement(By.cssSelector("textarea")).sendKeys("Plan for legevakten levert til byrådsavdelingen");
            article.findElement(By.cssSelector("button[type=submit]")).click();
            reporter.waitFor(d -> d.getCurrentUrl().contains("lagret=oppdrag"));
            article = reporter.driver.findElement(By.xpath(oppdrag));
            text = article.getText();
            assertTrue(text.contains("levert") && text.contains("Levert: Plan for legevakten levert til byrådsavdelingen"),
                    text);
            assertEquals("https://sak.oslo.kommune.no/25/123",
                    article.findElement(By.linkText("Dokument")).getDomAttribute("href"));
            assertTrue(article.findElements(By.cssSelector("form")).isEmpty(), "delivered: no form any more");
            reporter.screenshot("oppdrag-delivered");
        }
    }

    @Test
    void theReportingPageInEnglish() throws Exception {
        try (Browser reporter = new Browser()) {
            reporter.open(PAGE + "?lang=en", "rapportor-hel");
            String text = reporter.plainText();
            assertTrue(text.contains("Reporting for") && text.contains("Result indicators")
                    && text.contains("Save indicators"), text);
            assertEquals("en", reporter.driver.findElement(By.tagName("html")).getDomAttribute("lang"));
            reporter.assertAccessible("the reporting page in English");
            reporter.screenshot("reporting-english");
        }
    }
}
