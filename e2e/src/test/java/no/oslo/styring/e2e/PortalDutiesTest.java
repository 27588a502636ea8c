package no.oslo.styring.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The reporting duties (rapporteringskrav) of Helseetaten's letter on its reporting page: the monthly figures due in
 * April 2025 are missing until its reporter reports them (a refusal at the field first), an event-driven duty is
 * reported on the day it was delivered, and the period overview counts the duty. Helseetaten's April 2025, which no
 * other test uses.
 */
class PortalDutiesTest {

    private static final String PERIOD = "2025-M04";
    private static final String PAGE = "/rapportering/" + PERIOD + "/HEL";
    private static final String MONTHLY = "//article[.//h3[starts-with(normalize-space(.), 'Månedlig rapportering')]]";
    private static final String INCIDENTS = "//article[.//h3[normalize-space(.) = "
            + "'Rapportering fortløpende om alvorlige hendelser']]";

    private static WebElement article(Browser b, String xpath) {
        return b.driver.findElement(By.xpath(xpath));
    }

    @Test
    void aReporterReportsTheMonthlyFiguresAndAnIncidentAndTheOverviewCountsTheDuty() throws Exception {
        try (Browser reporter = new Browser()) {
            reporter.open(PAGE, "rapportor-hel");
            assertTrue(reporter.plainText().contains("Rapporteringskrav"), reporter.plainText());
            // what is due this month comes before the ongoing duties
            assertTrue(reporter.driver.findElement(By.cssSelector("section[aria-labelledby=krav] article h3")).getText()
                    .startsWith("Månedlig rapportering"), "the due duty first");
            WebElement monthly = article(reporter, MONTHLY);
            assertTrue(monthly.getText().contains("Til HLS, hver måned") && monthly.getText().contains("Mangler"),
                    monthly.getText());
            reporter.assertAccessible("the reporting page with its duties");

            // not delivered, without saying why: refused at the note, nothing recorded
            monthly.findElement(By.cssSelector("input[type=radio][value=false]")).click();
            monthly.findElement(By.cssSelector("button[type=submit]")).click();
            reporter.waitFor(d -> !d.findElements(By.xpath(MONTHLY + "//*[contains(@class,'pkt-form-validation')]"))
                    .isEmpty());
            monthly = article(reporter, MONTHLY);
            assertTrue(monthly.getText().contains("Skriv hvorfor kravet ikke er levert.") && monthly.getText()
                    .contains("Mangler"), monthly.getText());
            assertEquals("true", monthly.findElement(By.cssSelector("input[type=radio][value=false]"))
                    .getDomProperty("checked"), "the choice made is kept");
            reporter.assertAccessible("a refused duty");
            reporter.screenshot("duty-refused");

            monthly.findElement(By.cssSelector("input[type=radio][value=true]")).click();
            monthly.findElement(By.cssSelector("textarea")).sendKeys("Tall for april sendt byrådsavdelingen");
            monthly.findElement(By.cssSelector("input[type=url]")).sendKeys("https://sak.oslo.kommune.no/25/404");
            monthly.findElement(By.cssSelector("button[type=submit]")).click();
            reporter.waitFor(d -> d.getCurrentUrl().contains("lagret=krav"));
            monthly = article(reporter, MONTHLY);
            String text = monthly.getText();
            assertTrue(text.contains("Levert") && text.contains("Tall for april sendt byrådsavdelingen"), text);
            assertEquals("https://sak.oslo.kommune.no/25/404",
                    monthly.findElement(By.linkText("Dokument")).getDomAttribute("href"));

            // an event-driven duty is reported on a day; without one it is refused at the day
            WebElement incidents = article(reporter, INCIDENTS);
            assertTrue(incidents.getText().contains("Løpende"), incidents.getText());
            incidents.findElement(By.cssSelector("textarea")).sendKeys("Hendelse ved legevakten meldt");
            incidents.findElement(By.cssSelector("button[type=submit]")).click();
            reporter.waitFor(d -> !d.findElements(By.xpath(INCIDENTS + "//*[contains(@class,'pkt-form-validation')]"))
                    .isEmpty());
            incidents = article(reporter, INCIDENTS);
            assertTrue(incidents.getText().contains("Skriv dagen det ble levert"), incidents.getText());
            WebElement day = incidents.findElement(By.cssSelector("input[type=date]"));
            ((JavascriptExecutor) reporter.driver).executeScript("arguments[0].value = '2025-04-10';", day);
            incidents.findElement(By.cssSelector("button[type=submit]")).click();
            reporter.waitFor(d -> d.getCurrentUrl().contains("lagret=krav"));
            incidents = article(reporter, INCIDENTS);
            assertTrue(incidents.getText().contains("Sist meldt") && incidents.getText()
                    .contains("Hendelse ved legevakten meldt"), incidents.getText());
            reporter.screenshot("duty-reported");
        }

        try (Browser staff = new Browser()) {
            staff.open("/perioder/" + PERIOD, "admin-hls");
            WebElement cell = staff.driver.findElement(By.cssSelector("#rad-HEL [data-cell=duties]"));
            assertEquals("1 av 1", cell.getText());
            assertTrue(cell.getDomAttribute("class").contains("state--REPORTED"), cell.getDomAttribute("class"));
            staff.assertAccessible("the overview with the duties column");
        }
    }
}
