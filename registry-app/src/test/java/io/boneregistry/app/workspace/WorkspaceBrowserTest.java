package io.boneregistry.app.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.app.Chromium;
import io.boneregistry.app.DemoRegistryTest;
import io.boneregistry.app.TestRequesters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;

import static io.boneregistry.api.fixtures.CaseFixture.TREATED;
import static io.boneregistry.api.fixtures.CaseFixture.closedAsComplete;
import static io.boneregistry.api.fixtures.CaseFixture.followUp;
import static io.boneregistry.api.fixtures.CaseFixture.normalChecks;
import static io.boneregistry.api.fixtures.CaseFixture.painfulVertebralMetastasis;
import static io.boneregistry.api.fixtures.CaseFixture.palliativeRfaWithCement;
import static io.boneregistry.api.fixtures.CaseFixture.pulmonaryEmbolism;
import static io.boneregistry.api.fixtures.CaseFixture.registration;
import static io.boneregistry.api.fixtures.ProcedureFixture.on;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaWithVertebroplasty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The clinician's workspace in a real headless Chromium (issue 12): a clinician logs the example
 * case through the forms and the history matches the same case logged through the API; the live
 * advice, errors beside their inputs, the worklist, amendments, read-only pages for other roles,
 * and an axe-core scan of every page.
 */
@DemoRegistryTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CLINICIAN = TestRequesters.BOLOGNA_CLINICIAN;

    @LocalServerPort
    private int port;
    @Autowired
    private ObjectMapper json;
    private ChromeDriver browser;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> scanned = new ArrayList<>();
    private String browserCase;
    private int clicks;
    private int keystrokes;

    @BeforeAll
    void openBrowserOnACaughtUpRegistry() throws Exception {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            HttpResponse<String> projections = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/projections"))
                    .header("Authorization", TestRequesters.as(TestRequesters.MANAGER)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return json.readTree(projections.body()).findValues("caughtUp").stream().allMatch(JsonNode::asBoolean);
        });
        browser = Chromium.start("1280,800");
        Files.createDirectories(SCREENSHOTS);
        Chromium.logInAs(browser, port, CLINICIAN);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    @Order(1)
    void aClinicianLogsTheExampleCaseThroughTheFormsAsTheApiWouldHaveIt() throws Exception {
        clicks = 0;
        keystrokes = 0;
        open("cases/new", "cases");
        scan("new case form");
        fill(json.valueToTree(registration()));
        browserCase = submitAndAwaitCase();

        enter("assessment", painfulVertebralMetastasis());
        scan("case page");
        open("cases/" + browserCase + "/treatment-decision", "cases");
        fill(json.valueToTree(palliativeRfaWithCement()));
        awaitAdvice("R-STRATEGY-1", "ADVISORY");
        assertThat(browser.findElement(By.id("justification-block")).isDisplayed()).as("advice asks for no justification").isFalse();
        int clicked = clicks;
        int typed = keystrokes;
        set("mdt", "false");
        awaitAdvice("R-WORKUP-PARAMS", "DEVIATED");
        assertThat(browser.findElement(By.id("justification-block")).isDisplayed()).as("a deviation asks for its justification").isTrue();
        set("mdt", "true");
        awaitAdvice("R-WORKUP-PARAMS", "MET");
        clicks = clicked;   // the detour through a deviation is the test's, not the clinician's
        keystrokes = typed;
        assertThat(types(history(browserCase))).as("nothing stored while the advice is shown").doesNotContain("TreatmentDecided");
        scan("treatment decision form with live advice");
        shoot("workspace-treatment-decision");
        submitAndAwaitCase();
        enter("pre-procedure-checks", normalChecks());
        enter("procedures", rfaWithVertebroplasty());
        String procedureId = history(browserCase).findValues("procedureId").get(0).asText();
        openByLink("#/cases/" + browserCase + "/procedures/" + procedureId + "/complications");
        fill(json.valueToTree(pulmonaryEmbolism(TREATED.plusDays(1))));
        submitAndAwaitCase();
        enter("follow-ups", followUp(procedureId, TREATED.plusDays(28), 3));
        enter("closure", closedAsComplete(TREATED.plusDays(180)));
        shoot("workspace-case");
        System.out.printf("[workspace] the example case through the forms: %d clicks and %d keystrokes (fields filled as a user would)%n",
                clicks, keystrokes);

        String apiCase = theExampleCaseThroughTheApi();
        assertThat(entries(history(browserCase))).isEqualTo(entries(history(apiCase)));
    }

    @Test
    @Order(2)
    void anImpossibleValueIsShownBesideItsInputAndStoresNothing() throws Exception {
        String caseId = treatedThirtyDaysAgo();
        String before = history(caseId).toString();
        open("cases/" + caseId + "/follow-ups", "cases");
        set("vas", "11");
        set("vitalStatus", "ALIVE");
        click(browser.findElement(By.cssSelector("form.entry-form button[type=submit]")));

        WebElement error = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.findElement(By.cssSelector("[data-field='vas'] .field-error")));
        assertThat(error.getText()).isNotBlank();
        assertThat(inputs("vas").get(0).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(inputs("vas").get(0).getAttribute("value")).as("what the user typed is kept").isEqualTo("11");
        assertThat(history(caseId).toString()).isEqualTo(before);
        shoot("workspace-error-beside-input");
    }

    @Test
    @Order(3)
    void aFollowUpDueIsOnTheWorklistUntilItIsRecorded() throws Exception {
        String caseId = treatedThirtyDaysAgo();
        String procedureId = history(caseId).findValues("procedureId").get(0).asText();
        By due = By.cssSelector("#follow-ups-due tr[data-procedure='" + procedureId + "']");
        await().atMost(Duration.ofSeconds(90)).until(() -> worklist().contains(procedureId));
        open("worklist", "worklist");
        scan("worklist");
        shoot("workspace-worklist");
        assertThat(browser.findElement(due).getText()).contains("day 28");

        click(browser.findElement(due).findElement(By.cssSelector("a.button")));
        awaitView("cases");
        assertThat(new Select(inputs("procedureId").get(0)).getFirstSelectedOption().getAttribute("value")).isEqualTo(procedureId);
        set("vas", "2");
        set("vitalStatus", "ALIVE");
        submitAndAwaitCase();

        await().atMost(Duration.ofSeconds(90)).until(() -> !worklist().contains(procedureId));
        open("worklist", "worklist");
        assertThat(browser.findElements(due)).isEmpty();
    }

    @Test
    @Order(4)
    void aCorrectionWithoutAReasonIsRefusedInTheForm() throws Exception {
        String followUpId = history(browserCase).findValues("followUpId").get(0).asText();
        String before = history(browserCase).toString();
        open("cases/" + browserCase + "/follow-ups/" + followUpId, "cases");
        assertThat(inputs("vas").get(0).getAttribute("value")).as("the form opens with the stored content").isEqualTo("3");
        click(browser.findElement(By.cssSelector("form.entry-form button[type=submit]")));

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.findElement(By.cssSelector("[data-field='reasonForChange'] .field-error")));
        assertThat(history(browserCase).toString()).isEqualTo(before);
        scan("correction form");
    }

    @Test
    @Order(5)
    void otherRolesSeeTheFormsReadOnly() throws Exception {
        logOut();
        Chromium.logInAs(browser, port, TestRequesters.BOLOGNA_AUDITOR);
        open("cases/" + browserCase + "/assessment", "cases");

        assertThat(browser.findElements(By.cssSelector("form[data-entry='assessment'] button[type=submit]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("form[data-entry='assessment'] input")))
                .isNotEmpty().allSatisfy(input -> assertThat(input.isEnabled()).isFalse());
        open("cases/" + browserCase, "cases");
        assertThat(browser.findElements(By.cssSelector(".next-entries, a.correct"))).isEmpty();
        logOut();
        Chromium.logInAs(browser, port, CLINICIAN);
        assertThat(scanned).contains("new case form", "case page", "treatment decision form with live advice", "worklist", "correction form");
    }

    @Test
    @Order(6)
    void theLanguageChosenIsRememberedAndThePagesFitATablet() throws Exception {
        String caseId = treatedThirtyDaysAgo();
        open("worklist", "worklist");
        new Select(browser.findElement(By.id("language"))).selectByValue("it");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.findElement(By.cssSelector("#view h2")).getText().equals("Agenda"));
        browser.navigate().refresh();
        awaitView("worklist");
        assertThat(browser.findElement(By.cssSelector("#view h2")).getText()).as("remembered").isEqualTo("Agenda");
        try {
            browser.manage().window().setSize(new Dimension(1024, 768));
            for (String page : List.of("worklist", "cases/" + caseId + "/procedures", "cases/" + caseId)) {
                open(page, page.split("/")[0]);
                Object overflow = ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue()).as("sideways scrolling on " + page + " at 1024×768").isLessThanOrEqualTo(0);
            }
            open("cases/" + caseId + "/procedures", "cases");
            assertThat(browser.findElement(By.cssSelector("label[for='f-performedOn']")).getText()).isEqualTo("Eseguita il");
            shoot("workspace-procedure-it-1024");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 800));
            new Select(browser.findElement(By.id("language"))).selectByValue("en");
        }
    }

    /* ---------- a user's hands ---------- */

    private void enter(String entry, Object content) throws Exception {
        openByLink("#/cases/" + browserCase + "/" + entry);
        fill(json.valueToTree(content));
        submitAndAwaitCase();
    }

    /** Fills the form from an API body: each value into the input named by its JSON path. */
    private void fill(JsonNode body) {
        fill("", body);
    }

    private void fill(String path, JsonNode node) {
        if (node == null || node.isNull()) return;
        if (node.isObject()) {
            List<WebElement> toggle = browser.findElements(By.cssSelector("input[data-group-toggle='" + path + "']"));
            if (!toggle.isEmpty() && !toggle.get(0).isSelected()) click(toggle.get(0));
            if (node.has("technique")) set(path + ".technique", node.get("technique").asText());
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("technique")) continue;
                fill(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue());
            }
        } else if (node.isArray()) {
            if (node.size() > 0 && node.get(0).isTextual()) {
                for (WebElement box : inputs(path)) {
                    boolean wanted = false;
                    for (JsonNode value : node) wanted |= value.asText().equals(box.getAttribute("value"));
                    if (box.isSelected() != wanted) click(box);
                }
                return;
            }
            WebElement list = browser.findElement(By.cssSelector("fieldset[data-field='" + path + "']"));
            while (list.findElements(By.cssSelector(":scope > .items > fieldset.item")).size() < node.size()) {
                click(list.findElement(By.cssSelector(":scope > button.add")));
            }
            for (int i = 0; i < node.size(); i++) fill(path + "[" + i + "]", node.get(i));
        } else {
            set(path, node.asText());
        }
    }

    private void set(String name, String value) {
        List<WebElement> inputs = inputs(name);
        assertThat(inputs).as("an input named " + name).isNotEmpty();
        WebElement input = inputs.get(0);
        if (input.getTagName().equals("select")) {
            new Select(input).selectByValue(value);
            clicks += 2;
        } else if ("radio".equals(input.getAttribute("type"))) {
            WebElement choice = inputs.stream().filter(radio -> value.equals(radio.getAttribute("value"))).findFirst().orElseThrow();
            if (!choice.isSelected()) click(choice);
        } else if ("date".equals(input.getAttribute("type"))) {
            if (!value.equals(input.getAttribute("value"))) {
                ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
                keystrokes += 8;
            }
        } else if (!value.equals(input.getAttribute("value"))) {
            input.clear();
            input.sendKeys(value);
            keystrokes += value.length();
        }
    }

    /** The entry form's inputs of that name (the dashboard's filters, hidden here, have names of their own). */
    private List<WebElement> inputs(String name) {
        return browser.findElements(By.cssSelector("form.entry-form [name='" + name + "']"));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        clicks++;
    }

    private String submitAndAwaitCase() {
        click(browser.findElement(By.cssSelector("form.entry-form button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().matches(".*#/cases/[0-9a-f-]{36}$")
                || !driver.findElements(By.cssSelector(".field-error, #form-problems .error")).isEmpty());
        assertThat(browser.getCurrentUrl()).as(browser.findElement(By.id("view")).getText()).matches(".*#/cases/[0-9a-f-]{36}$");
        awaitView("cases");
        return browser.getCurrentUrl().replaceAll(".*#/cases/", "");
    }

    private void openByLink(String href) {
        click(browser.findElement(By.cssSelector("a[href='" + href + "']")));
        awaitView("cases");
    }

    private void awaitAdvice(String ruleId, String status) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                !driver.findElements(By.cssSelector("#live-advice li[data-rule='" + ruleId + "'][data-status='" + status + "']")).isEmpty());
    }

    private void logOut() {
        browser.get("http://localhost:" + port + "/logout");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/login"));
    }

    private void open(String route, String view) {
        browser.get("http://localhost:" + port + "/#/" + route);
        awaitView(view);
    }

    private void awaitView(String view) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
                view.equals(driver.findElement(By.id("view")).getAttribute("data-loaded"))
                        || "error".equals(driver.findElement(By.id("view")).getAttribute("data-loaded")));
        assertThat(browser.findElement(By.id("view")).getAttribute("data-loaded")).as(browser.findElement(By.id("view")).getText()).isEqualTo(view);
        assertThat(browser.findElement(By.id("view")).getText()).as("a part left out shows nothing").doesNotContainPattern("(?m)^null$");
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(entry -> !entry.getMessage().matches(".*Failed to load resource: the server responded with a status of (400|404|409).*"))
                .toList();
        assertThat(errors).as("console errors on " + browser.getCurrentUrl()).isEmpty();
    }

    /** axe-core's scan of the page as it stands: no serious or critical violation. */
    private void scan(String page) throws Exception {
        String axe = new String(Objects.requireNonNull(getClass().getResourceAsStream("/axe/axe.min.js")).readAllBytes(), StandardCharsets.UTF_8);
        ((JavascriptExecutor) browser).executeScript(axe);
        Object result = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations.filter("
                + "v => v.impact === 'serious' || v.impact === 'critical').map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + "nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))));");
        assertThat(json.readTree(String.valueOf(result))).as("serious or critical accessibility violations on " + page).isEmpty();
        scanned.add(page);
    }

    private void shoot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /* ---------- the same through the API ---------- */

    private String theExampleCaseThroughTheApi() throws Exception {
        String caseId = post("/api/cases", registration()).get("caseId").asText();
        post("/api/cases/" + caseId + "/assessment", painfulVertebralMetastasis());
        post("/api/cases/" + caseId + "/treatment-decision", palliativeRfaWithCement());
        post("/api/cases/" + caseId + "/pre-procedure-checks", normalChecks());
        String procedureId = post("/api/cases/" + caseId + "/procedures", rfaWithVertebroplasty()).get("procedureId").asText();
        post("/api/cases/" + caseId + "/procedures/" + procedureId + "/complications", pulmonaryEmbolism(TREATED.plusDays(1)));
        post("/api/cases/" + caseId + "/follow-ups", followUp(procedureId, TREATED.plusDays(28), 3));
        post("/api/cases/" + caseId + "/closure", closedAsComplete(TREATED.plusDays(180)));
        return caseId;
    }

    /** A case whose one procedure was thirty days ago and has no follow-up yet. */
    private String treatedThirtyDaysAgo() throws Exception {
        String caseId = post("/api/cases", registration()).get("caseId").asText();
        post("/api/cases/" + caseId + "/assessment", painfulVertebralMetastasis());
        post("/api/cases/" + caseId + "/treatment-decision", palliativeRfaWithCement());
        post("/api/cases/" + caseId + "/pre-procedure-checks", normalChecks());
        post("/api/cases/" + caseId + "/procedures", on(LocalDate.now().minusDays(30), rfaWithVertebroplasty()));
        return caseId;
    }

    /** The entries of a history: each event's type and its entry content, ids left out (they differ between two cases). */
    private List<JsonNode> entries(JsonNode history) {
        List<JsonNode> entries = new ArrayList<>();
        for (JsonNode event : history) {
            if (event.get("type").asText().equals("GuidelineEvaluated")) continue;
            ObjectNode payload = ((ObjectNode) event.get("payload")).deepCopy();
            sortTextLists(payload);
            payload.remove(List.of("caseId", "procedureId", "complicationId", "followUpId", "checksId"));
            payload.findParents("procedureId").forEach(parent -> ((ObjectNode) parent).remove("procedureId"));
            entries.add(json.createObjectNode().put("type", event.get("type").asText()).set("payload", payload));
        }
        return entries;
    }

    /** Lists of codes (goals, techniques, guidance) are sets to the registry; the form sends them in its own order. */
    private void sortTextLists(JsonNode node) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getValue().isArray() && field.getValue().size() > 0 && field.getValue().get(0).isTextual()) {
                    List<String> sorted = new ArrayList<>();
                    field.getValue().forEach(value -> sorted.add(value.asText()));
                    sorted.sort(null);
                    ((ObjectNode) node).set(field.getKey(), json.valueToTree(sorted));
                } else {
                    sortTextLists(field.getValue());
                }
            });
        } else if (node.isArray()) {
            node.forEach(this::sortTextLists);
        }
    }

    private static List<String> types(JsonNode history) {
        return history.findValuesAsText("type");
    }

    /** The worklist as the API gives it: the read models behind it follow a write within moments. */
    private String worklist() throws Exception {
        return http.send(request("/api/worklist").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private JsonNode history(String caseId) throws Exception {
        HttpResponse<String> response = http.send(request("/api/cases/" + caseId + "/history").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode post(String path, Object body) throws Exception {
        HttpResponse<String> response = http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
        return json.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", TestRequesters.as(CLINICIAN));
    }
}
