package no.oslo.styring.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The portal in a real browser: Debian's headless Chromium driven by its chromedriver (Selenium), signed in through the
 * real Keycloak login form. Each test saves screenshots under {@code e2e/target/screenshots/} for a person to look at.
 */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    private final WebDriverWait wait;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("styring.e2e.chromium", "/usr/bin/chromium"));
        // headless, as root, and without the background connections to outside hosts this network refuses
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=nb");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("styring.e2e.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        // a condition that reads an element of the page a click is leaving finds it gone (stale): it is asked again
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    static String portal() {
        return Stack.url("portal");
    }

    /** Opens a portal page; when the portal sends the browser to Keycloak, signs in there as the user. */
    Browser open(String path, String user) {
        driver.get(portal() + path);
        if (driver.getCurrentUrl().startsWith(Stack.url("keycloak"))) {
            signIn(user);
        }
        return this;
    }

    /** Fills in and sends the real Keycloak login form. */
    void signIn(String user) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Stack.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(portal()));
    }

    /** Waits (at most 30 s) until the condition holds, e.g. the address after a click has changed. */
    void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The page's visible text with every run of white space (also the no-break spaces between thousands) as one space. */
    String plainText() {
        return text().replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    /** A form field's value as the person sees it (no-break spaces as plain spaces). */
    String value(String id) {
        return driver.findElement(org.openqa.selenium.By.id(id)).getDomProperty("value").replace('\u00a0', ' ');
    }

    String title() {
        return driver.getTitle();
    }

    /** Saves a screenshot of the page as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("styring.e2e.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Runs axe-core's WCAG 2.0/2.1 A and AA rules in the page and asserts that none is violated. */
    void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertEquals(List.of(), violations.stream().map(v -> v.getId() + " (" + v.getNodes().size() + "): "
                + v.getNodes().get(0).getTarget()).collect(Collectors.toList()), "axe-core violations on " + page);
        assertTrue(results.getPasses().size() > 10, "axe-core ran on " + page);
    }

    /** This browser's cookies for the portal, as a Cookie header. */
    String cookies() {
        return driver.manage().getCookies().stream().map(Cookie::toString).map(c -> c.split(";")[0])
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Fetches a portal address with this browser's session cookies (a download the browser would save). */
    HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(Cookie::toString).map(c -> c.split(";")[0])
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(portal() + path)).header("Cookie", cookies)
                .timeout(Duration.ofSeconds(60)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
