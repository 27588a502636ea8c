package no.oslo.styring.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The year's follow-up in the real browser against the real stack: Alna's reporter fills its 2024 årsberetning
 * indicators (one refused value, corrected), saves and signs out; department staff watch the period overview, see Alna
 * reported and the others missing, close the period from the page and see every unit's report arrive without a reload,
 * reopen it for Alna with a reason, and Alna's reporter finds the page open again. One test, because it is one story
 * over one period of the seed data.
 */
class ReportingTest {

    private static final String PERIOD = "2024-Y";
    private static final String ALNA = "030112";
    private static final String HELTID = "value-bydel-andel-fast-ansatte-heltid";
    private static final String TRIVSEL = "value-bydel-foreldreundersokelse-barns-trivsel";

    @Test
    void aDistrictReportsTheDepartmentClosesWatchesTheReportsArriveAndReopens() throws Exception {
        String page = "/rapportering/" + PERIOD + "/" + ALNA;
        try (Browser alna = new Browser()) {
            alna.open(page, "rapportor-alna");
            String text = alna.plainText();
            assertTrue(text.contains("Rapportering for årsberetning 2024 – Bydel Alna"), text);
            assertTrue(text.contains("Lagret til perioden lukkes"), "the period must be open at the start: " + text);
            alna.assertAccessible("the reporting page");
            // each value is entered in the unit the letter prints, and the field says so to a screen reader
            assertEquals("prosent", alna.driver.findElement(By.id(HELTID + "-enhet")).getText());
            assertEquals("skår", alna.driver.findElement(By.id(TRIVSEL + "-enhet")).getText());
            assertEquals(HELTID + "-enhet", alna.driver.findElement(By.id(HELTID)).getDomAttribute("aria-describedby"));

            // one value that does not fit (a percentage over 100) and one that does
            type(alna, HELTID, "105");
            type(alna, TRIVSEL, "4,8");
            type(alna, "comment-bydel-foreldreundersokelse-barns-trivsel", "Ny undersøkelse høsten 2024");
            alna.driver
                    .findElement(By.cssSelector("#indikatorer ~ form button[type=submit], form[action$='/indikatorer'] button"))
                    .click();
            alna.waitFor(d -> !d.findElements(By.id(HELTID + "-feil")).isEmpty());
            assertEquals("105 passer ikke for indikatoren, som måles i prosent (0–100)",
                    alna.driver.findElement(By.id(HELTID + "-feil")).getText());
            assertEquals("true", alna.driver.findElement(By.id(HELTID)).getDomAttribute("aria-invalid"));
            // nothing typed is lost: the refused value stays for correction, the accepted one is saved and evaluated
            assertEquals("105", alna.value(HELTID));
            assertEquals("4,8", alna.value(TRIVSEL));
            assertTrue(alna.plainText().contains("Noe må rettes før det kan lagres"));
            alna.screenshot("reporting-refused-value");
            alna.assertAccessible("the reporting page with a refused value");

            type(alna, HELTID, "76,5");
            alna.driver.findElement(By.cssSelector("form[action$='/indikatorer'] button")).click();
            alna.waitFor(d -> d.getCurrentUrl().contains("lagret=indikatorer"));
            text = alna.plainText();
            assertTrue(text.contains("Lagret."), text);
            assertTrue(text.contains("76,5 > 75,2 (måltall >75,2 %)"), text);
            assertEquals("76,5", alna.value(HELTID));
            assertEquals("Ny undersøkelse høsten 2024",
                    alna.value("comment-bydel-foreldreundersokelse-barns-trivsel"));
            alna.screenshot("reporting-saved");
            alna.driver.findElement(By.cssSelector("form[action='/logg-ut'] button")).click();
            alna.waitFor(d -> d.getCurrentUrl().contains("/utlogget"));
        }

        try (Browser dashboard = new Browser(); Browser controller = new Browser()) {
            // a dashboard screen left open on the overview
            dashboard.open("/perioder/" + PERIOD, "admin-hls");
            String text = dashboard.plainText();
            assertEquals("PARTLY", state(dashboard, ALNA, "indicators"), text);
            assertEquals("2 av 28", cell(dashboard, ALNA, "indicators"));
            assertEquals("MISSING", state(dashboard, "030101", "indicators"));
            assertEquals("0 av 28", cell(dashboard, "030101", "indicators"));
            assertEquals("Utkast", cell(dashboard, ALNA, "revision"));
            dashboard.assertAccessible("the period overview");
            dashboard.screenshot("overview-before-close");
            dashboard.waitFor(d -> "true".equals(d.findElement(By.id("live-status")).getDomAttribute("data-connected")));
            ((JavascriptExecutor) dashboard.driver).executeScript("window.notReloaded = true;");

            // the filters: districts with something missing
            controller.open("/perioder/" + PERIOD + "?type=DISTRICT&mangler=ja", "admin-hls");
            assertEquals(15, controller.driver.findElements(By.cssSelector("#oversikt tbody tr")).size());
            assertTrue(controller.driver.findElements(By.id("rad-HEL")).isEmpty());
            controller.assertAccessible("the filtered overview");

            // close from the page, behind a confirmation
            controller.driver.findElement(By.id("lukk")).click();
            controller.waitFor(d -> !d.findElements(By.id("bekreft-lukk")).isEmpty());
            assertTrue(controller.plainText().contains("Lukke årsberetning 2024?"));
            controller.assertAccessible("the close confirmation");
            controller.screenshot("overview-close-confirmation");
            long closedAt = System.currentTimeMillis();
            controller.driver.findElement(By.id("bekreft-lukk")).click();
            controller.waitFor(d -> d.getCurrentUrl().contains("melding=lukket"));

            // the open dashboard gets every unit's indicator report without a reload
            dashboard.waitFor(d -> d.findElements(By.cssSelector("#oversikt tbody tr")).stream()
                    .allMatch(r -> "Revisjon 1".equals(r.findElement(By.cssSelector("[data-cell=revision]")).getText())));
            long lastShown = System.currentTimeMillis();
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) dashboard.driver).executeScript("return window.notReloaded;"));
            assertEquals("2 av 28", cell(dashboard, ALNA, "indicators"));
            assertEquals("2", cell(dashboard, ALNA, "met"));
            assertEquals("26", cell(dashboard, ALNA, "missingCount"));
            assertTrue(
                    dashboard.driver.findElement(By.id("live-status")).getText()
                            .matches("Mottatt: \\S+ fra (Bydel .+|Helseetaten) \\(revisjon 1\\)"),
                    dashboard.driver.findElement(By.id("live-status")).getText());
            assertTrue(dashboard.plainText().contains("Perioden er lukket. Rapportene vises her"), dashboard.plainText());
            assertTrue(dashboard.driver.findElements(By.id("lukk")).isEmpty(), "no close button once closed");
            dashboard.screenshot("overview-reports-arrived");
            System.out.printf("close → every report shown in the open overview: %d ms%n", lastShown - closedAt);

            // the trend of one indicator for the 15 districts: what was reported, as a chart, a table and a CSV
            controller.driver.get(Browser.portal() + "/trender/indikator/bydel-andel-fast-ansatte-heltid?periode="
                    + PERIOD);
            controller.waitFor(d -> "true".equals(d.findElement(By.id("indikator-figur")).getDomAttribute("data-drawn")));
            assertEquals(15, controller.driver.findElements(By.cssSelector("#indikator-tabell tbody tr")).size());
            String first = controller.driver.findElement(By.cssSelector("#indikator-tabell tbody tr")).getText()
                    .replace('\u00a0', ' ');
            assertEquals("Bydel Alna 76,5 75,2", first, "Alna reported, ranked first, beside the target");
            controller.screenshot("trend-districts");
            controller.assertAccessible("the districts' trend");
            HttpResponse<byte[]> csv = controller.download("/trender/indikator/bydel-andel-fast-ansatte-heltid/csv?periode="
                    + PERIOD);
            assertEquals(200, csv.statusCode());
            String csvText = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(csvText.contains("Bydel Alna;76,5;75,2"), csvText);
            controller.driver.get(Browser.portal() + "/trender/indikator/bydel-andel-fast-ansatte-heltid?enhet=" + ALNA);
            controller.waitFor(d -> "true".equals(d.findElement(By.id("indikator-figur")).getDomAttribute("data-drawn")));
            String unitTable = controller.driver.findElement(By.id("indikator-tabell")).getText().replace('\u00a0', ' ');
            assertTrue(unitTable.contains("2024-Y") && unitTable.contains("76,5"), unitTable);
            controller.screenshot("trend-alna");
            controller.assertAccessible("Alna's trend");

            // reopen for Alna, with a reason and an expiry
            controller.driver.get(Browser.portal() + "/perioder/" + PERIOD);
            controller.driver.findElement(By.cssSelector("a[href='/perioder/" + PERIOD + "/gjenapne/" + ALNA + "']"))
                    .click();
            controller.waitFor(d -> !d.findElements(By.id("bekreft-gjenapne")).isEmpty());
            controller.assertAccessible("the reopen form");
            // without a reason: the message at the field, and nothing reopened
            controller.driver.findElement(By.id("bekreft-gjenapne")).click();
            controller.waitFor(d -> !d.findElements(By.id("reason-feil")).isEmpty());
            assertEquals("Må fylles ut.", controller.driver.findElement(By.id("reason-feil")).getText());
            type(controller, "reason", "Feil i tallene for heltid; rettes innen fredag");
            String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusDays(7).toString();
            ((JavascriptExecutor) controller.driver).executeScript(
                    "document.getElementById('expiresAt').value = arguments[0];", tomorrow);
            controller.screenshot("overview-reopen-form");
            controller.driver.findElement(By.id("bekreft-gjenapne")).click();
            controller.waitFor(d -> d.getCurrentUrl().contains("melding=gjenapnet"));
            assertTrue(controller.plainText().contains("Bydel Alna til"), controller.plainText());
        }

        try (Browser alna = new Browser()) {
            alna.open(page, "rapportor-alna");
            String text = alna.plainText();
            assertTrue(text.contains("Perioden er gjenåpnet for enheten til"), text);
            assertTrue(text.contains("Feil i tallene for heltid"), text);
            assertFalse(alna.driver.findElement(By.id(HELTID)).getDomAttribute("readonly") != null);
            assertEquals("76,5", alna.value(HELTID));
            alna.screenshot("reporting-reopened");
            alna.assertAccessible("the reopened reporting page");

            // a form without the person's token is refused, and nothing is saved
            HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(Browser.portal() + page + "/indikatorer"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", alna.cookies().replaceAll("styring-csrf=[^;]*;?\\s*", ""))
                    .POST(HttpRequest.BodyPublishers.ofString("value.bydel-andel-fast-ansatte-heltid=10"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, forged.statusCode(), forged.body());
            alna.driver.navigate().refresh();
            assertEquals("76,5", alna.value(HELTID));

            // and another unit's page is not Alna's to see or to post to, nor the department's overview and its feed
            assertEquals(403, alna.download("/rapportering/" + PERIOD + "/030101").statusCode());
            assertEquals(403, alna.download("/perioder/" + PERIOD).statusCode());
            assertEquals(403, alna.download("/perioder/" + PERIOD + "/hendelser").statusCode());
            String token = alna.driver.findElement(By.name("_csrf")).getDomProperty("value");
            HttpResponse<String> other = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(Browser.portal() + "/rapportering/" + PERIOD + "/030101/indikatorer"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", alna.cookies())
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token
                            + "&value.bydel-andel-fast-ansatte-heltid=10"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, other.statusCode(), other.body());
            assertFalse(other.body().contains("Frogner") && other.body().contains("value-"), other.body());
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String cell(Browser browser, String unit, String cell) {
        return browser.driver.findElement(By.cssSelector("#rad-" + unit + " [data-cell=" + cell + "]")).getText()
                .replace('\u00a0', ' ');
    }

    private static String state(Browser browser, String unit, String cell) {
        String classes = browser.driver.findElement(By.cssSelector("#rad-" + unit + " [data-cell=" + cell + "]"))
                .getDomAttribute("class");
        var m = java.util.regex.Pattern.compile("state--([A-Z_]+)").matcher(classes);
        return m.find() ? m.group(1) : classes;
    }
}
