package io.boneregistry.app.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.app.Chromium;
import io.boneregistry.app.DemoRegistryTest;
import io.boneregistry.app.TestRequesters;
import io.boneregistry.cohort.DemoCohort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver) on the demo
 * cohort: each view loads without console errors and shows the API's numbers. A screenshot of
 * each view is saved under target/screenshots for a reviewer.
 */
@DemoRegistryTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    private int port;
    @Autowired
    private ObjectMapper json;
    private ChromeDriver browser;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void openBrowserOnALoadedRegistry() throws Exception {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            for (JsonNode projection : api("/api/admin/projections")) {
                if (!projection.get("caughtUp").asBoolean()) return false;
            }
            return true;
        });
        browser = Chromium.start("1366,900");
        Files.createDirectories(SCREENSHOTS);
        Chromium.logInAs(browser, port, TestRequesters.MANAGER);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void benchmarkTableShowsEveryBenchmarkWithTheApisNumbers() throws Exception {
        open("benchmarks", "benchmarks");
        assertTableMatches(api("/api/outcomes/benchmarks"));
        shoot("benchmarks");
    }

    @Test
    void changingTheCentreFilterChangesTheNumbers() throws Exception {
        open("benchmarks", "benchmarks");
        String before = cell("BM-CEMENT-LEAK", "n");
        new Select(browser.findElement(By.id("filter-centre"))).selectByValue("IT-BO-01");
        browser.findElement(By.id("apply")).click();
        awaitView("benchmarks");
        assertThat(cell("BM-CEMENT-LEAK", "n")).isNotEqualTo(before);
        assertTableMatches(api("/api/outcomes/benchmarks?centreId=IT-BO-01"));
        shoot("benchmarks-IT-BO-01");
        new Select(browser.findElement(By.id("filter-centre"))).selectByValue("");
        browser.findElement(By.id("apply")).click();
        awaitView("benchmarks");
    }

    @Test
    void funnelPlotNamesTheDeliberatelyWorseCentre() throws Exception {
        open("funnel?benchmark=BM-CEMENT-LEAK&by=centre", "funnel");
        List<WebElement> outside = browser.findElements(By.cssSelector("#outside li"));
        assertThat(outside).extracting(li -> li.getAttribute("data-unit")).contains(DemoCohort.WORSE_CENTRE);
        assertThat(browser.findElement(By.cssSelector("#outside li[data-unit='" + DemoCohort.WORSE_CENTRE + "']")).getText())
                .contains("99.8 %").contains("worse");
        assertDrawn("funnel-chart");
        shoot("funnel");
    }

    @Test
    void cusumChartShowsTheWorseOperatorsSignals() throws Exception {
        open("cusum?benchmark=BM-CEMENT-PAIN&operator=" + DemoCohort.WORSE_OPERATOR, "cusum");
        assertThat(browser.findElements(By.cssSelector("#signals tbody tr"))).isNotEmpty();
        assertDrawn("cusum-chart");
        shoot("cusum");
    }

    @Test
    void survivalShowsTheCurveAndTheNumberAtRisk() throws Exception {
        open("survival?endpoint=PAIN_PALLIATION&technique=ETHANOL", "survival");
        assertDrawn("survival-chart");
        assertThat(browser.findElements(By.cssSelector("#at-risk td"))).hasSizeGreaterThan(2);
        assertThat(browser.findElement(By.id("survival-summary")).getText()).contains("Median");
        shoot("survival");
    }

    @Test
    void conformanceDrillsDownToTheDeviatingCasesAndTheirJustifications() throws Exception {
        open("conformance", "conformance");
        assertThat(browser.findElements(By.cssSelector("#conformance-table > tbody > tr[data-rule-id]:not(.deviations)"))).hasSize(GuidelineRule.values().length);
        WebElement drill = browser.findElement(By.cssSelector("tr[data-rule-id='R-ETHANOL-CONTRAST'] button.drill"));
        drill.click();
        WebElement cases = browser.findElement(By.cssSelector("tr.deviations[data-rule-id='R-ETHANOL-CONTRAST']"));
        assertThat(cases.isDisplayed()).isTrue();
        assertThat(cases.findElements(By.cssSelector("a[href^='#/cases/']"))).isNotEmpty();
        shoot("conformance");
    }

    @Test
    void aCasesTimelineListsEveryEventOfItsAuditTrail() throws Exception {
        String caseId = api("/api/cases?size=1&stage=CLOSED").at("/content/0/caseId").asText();
        JsonNode history = api("/api/cases/" + caseId + "/history");
        open("cases/" + caseId, "cases");
        List<WebElement> events = browser.findElements(By.cssSelector("#timeline li"));
        assertThat(events).hasSize(history.size());
        assertThat(events.get(0).getAttribute("data-type")).isEqualTo("CaseRegistered");
        assertThat(events.get(0).getText()).contains(history.get(0).get("recordedBy").asText());
        shoot("case");
    }

    @Test
    void caseListAndDefinitionsLoad() throws Exception {
        open("cases", "cases");
        assertThat(browser.findElements(By.cssSelector("#case-list tbody tr"))).hasSize(50);
        shoot("cases");
        open("definitions?id=BM-CEMENT-LEAK", "definitions");
        assertThat(browser.findElement(By.id("def-BM-CEMENT-LEAK")).getText()).contains("38.0 %–72.5 %");
        shoot("definitions");
    }

    /** The chart was drawn at the width of the page, with lines and points in it, not an empty frame. */
    private void assertDrawn(String chartId) {
        WebElement svg = browser.findElement(By.cssSelector("#" + chartId + " svg"));
        assertThat(Integer.parseInt(svg.getAttribute("width"))).as(chartId + " width").isGreaterThan(600);
        assertThat(svg.findElements(By.cssSelector("path"))).as(chartId + " drawn paths").hasSizeGreaterThan(10);
    }

    private void assertTableMatches(JsonNode report) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#benchmark-table tbody tr"));
        assertThat(rows).hasSize(22);
        for (JsonNode row : report.get("rows")) {
            String id = row.get("benchmarkId").asText();
            assertThat(cell(id, "n")).as(id + " n").isEqualTo(row.get("n").asText());
            assertThat(cell(id, "x")).as(id + " x").isEqualTo(row.get("x").asText());
            assertThat(cell(id, "notEvaluable")).as(id + " not evaluable").isEqualTo(row.get("notEvaluable").asText());
        }
    }

    private String cell(String benchmarkId, String field) {
        return browser.findElement(By.cssSelector("tr[data-benchmark-id='" + benchmarkId + "'] td[data-field='" + field + "']")).getText();
    }

    private void open(String route, String view) {
        browser.get("http://localhost:" + port + "/#/" + route);
        awaitView(view);
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("console errors on " + route).isEmpty();
    }

    private void awaitView(String view) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
                view.equals(driver.findElement(By.id("view")).getAttribute("data-loaded"))
                        || "error".equals(driver.findElement(By.id("view")).getAttribute("data-loaded")));
        assertThat(browser.findElement(By.id("view")).getAttribute("data-loaded")).as(browser.findElement(By.id("view")).getText()).isEqualTo(view);
    }

    private void shoot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", TestRequesters.as(TestRequesters.MANAGER)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }
}
