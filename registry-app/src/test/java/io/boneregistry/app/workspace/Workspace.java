package io.boneregistry.app.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.app.Chromium;
import io.boneregistry.app.TestRequesters;
import org.openqa.selenium.By;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A clinician at the workspace in Chromium: their hands (filling a form from an API body as a person
 * would, each click and keystroke counted), their eyes (a view loaded, no console error, axe-core's
 * scan) and, beside the browser, the same registry over HTTP to see what was stored.
 */
final class Workspace {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver browser;
    private final int port;
    private final ObjectMapper json;
    private final String user;
    private final HttpClient http = HttpClient.newHttpClient();
    int clicks;
    int keystrokes;

    Workspace(ChromeDriver browser, int port, ObjectMapper json, String user) {
        this.browser = browser;
        this.port = port;
        this.json = json;
        this.user = user;
    }

    /** A laptop-sized Chromium logged in as {@code user} on a registry whose read models have caught up. */
    static Workspace loggedIn(int port, ObjectMapper json, String user) throws Exception {
        Workspace workspace = new Workspace(Chromium.start("1280,800"), port, json, user);
        workspace.awaitCaughtUp();
        Chromium.logInAs(workspace.browser, port, user);
        return workspace;
    }

    void close() {
        browser.quit();
    }

    /* ---------- a user's hands ---------- */

    /**
     * Fills the form from an API body: each value into the input named by its JSON path. In a group
     * with several yes/no answered no, a practised user answers the others first, then the noes at
     * once with the group's button.
     */
    void fill(JsonNode body) {
        fill("", body);
    }

    private void fill(String path, JsonNode node) {
        if (node == null || node.isNull()) return;
        if (node.isObject()) {
            if (node.has("technique")) set(path + ".technique", node.get("technique").asText());
            List<WebElement> noToRest = path.isEmpty() ? List.of()
                    : browser.findElements(By.cssSelector("fieldset[data-field='" + path + "'] > button.no-to-rest"));
            boolean noesLast = !noToRest.isEmpty() && countNoes(node) >= 2;
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("technique") || noesLast && isNo(field.getValue())) continue;
                fill(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue());
            }
            if (!noesLast) return;
            if (unansweredYesNo(path) == countNoes(node)) click(noToRest.get(0));   // only the noes are left: all at once
            node.fields().forEachRemaining(field -> {
                if (isNo(field.getValue())) fill(path + "." + field.getKey(), field.getValue());
            });
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

    /** The yes/no questions of a group still shown and not answered. */
    private long unansweredYesNo(String path) {
        return ((Number) script("const group = document.querySelector(`fieldset[data-field='${arguments[0]}']`);"
                + "const names = new Set([...group.querySelectorAll('input[type=radio][data-kind=boolean]:not(:disabled)')].map(r => r.name));"
                + "return [...names].filter(n => !group.querySelector(`input[name='${n}']:checked`)).length;", path)).longValue();
    }

    private static boolean isNo(JsonNode value) {
        return value.isBoolean() && !value.asBoolean();
    }

    private static int countNoes(JsonNode node) {
        int noes = 0;
        for (JsonNode value : node) noes += isNo(value) ? 1 : 0;
        return noes;
    }

    /** One answer as a user gives it: a choice clicked, a number typed as written ("60", not "60.0"). */
    void set(String name, String answer) {
        List<WebElement> inputs = inputs(name);
        assertThat(inputs).as("an input named " + name).isNotEmpty();
        WebElement input = inputs.get(0);
        String value = "number".equals(input.getAttribute("type")) ? new BigDecimal(answer).stripTrailingZeros().toPlainString() : answer;
        if (input.getTagName().equals("select")) {
            if (value.equals(input.getAttribute("value"))) return;
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
    List<WebElement> inputs(String name) {
        return browser.findElements(By.cssSelector("form.entry-form [name='" + name + "']"));
    }

    void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        clicks++;
    }

    WebElement saveButton() {
        return browser.findElement(By.cssSelector("form.entry-form button[type=submit]"));
    }

    String submitAndAwaitCase() {
        click(saveButton());
        return awaitCasePage();
    }

    /** Saves with "Save, then: …" and waits for the next entry's form. */
    void submitThen(String next) {
        click(browser.findElement(By.cssSelector("form.entry-form button.save-then[data-then='" + next + "']")));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().endsWith("/" + next)
                || !driver.findElements(By.cssSelector(".field-error, #form-problems .error")).isEmpty());
        assertThat(browser.getCurrentUrl()).as(browser.findElement(By.id("view")).getText()).endsWith("/" + next);
        awaitView("cases");
    }

    /** The case page the registry opens after a save; its id. */
    String awaitCasePage() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl().matches(".*#/cases/[0-9a-f-]{36}$")
                || !driver.findElements(By.cssSelector(".field-error, #form-problems .error")).isEmpty());
        assertThat(browser.getCurrentUrl()).as(browser.findElement(By.id("view")).getText()).matches(".*#/cases/[0-9a-f-]{36}$");
        awaitView("cases");
        return browser.getCurrentUrl().replaceAll(".*#/cases/", "");
    }

    void openByLink(String href) {
        click(browser.findElement(By.cssSelector("a[href='" + href + "']")));
        awaitView("cases");
    }

    void awaitAdvice(String ruleId, String status) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                !driver.findElements(By.cssSelector("#live-advice li[data-rule='" + ruleId + "'][data-status='" + status + "']")).isEmpty());
    }

    void logOut() {
        browser.get(url("/logout"));
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/login"));
    }

    /** Opens a route; a form left changed by the test before asks "Leave this form?", which the browser accepts. */
    void open(String route, String view) {
        browser.get(url("/#/" + route));
        try {
            browser.getTitle();
        } catch (UnhandledAlertException leaving) {
            // the leave guard's question, accepted (unhandledPromptBehaviour ACCEPT) and reported once
        }
        awaitView(view);
    }

    void awaitView(String view) {
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
    void scan(String page) throws IOException {
        String axe = new String(Objects.requireNonNull(getClass().getResourceAsStream("/axe/axe.min.js")).readAllBytes(), StandardCharsets.UTF_8);
        ((JavascriptExecutor) browser).executeScript(axe);
        Object result = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations.filter("
                + "v => v.impact === 'serious' || v.impact === 'critical').map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + "nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))));");
        assertThat(json.readTree(String.valueOf(result))).as("serious or critical accessibility violations on " + page).isEmpty();
    }

    void shoot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /* ---------- the same registry over HTTP ---------- */

    JsonNode post(String path, Object body) throws Exception {
        HttpResponse<String> response = http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
        return json.readTree(response.body());
    }

    JsonNode history(String caseId) throws Exception {
        return json.readTree(get("/api/cases/" + caseId + "/history"));
    }

    /** An answer of the registry's, as the user would get it; its status must be 200. */
    String get(String path) throws Exception {
        return get(path, user);
    }

    String get(String path, String as) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", TestRequesters.as(as)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    /** Every projection has read the whole store (the demo cohort is loaded as the registry starts). */
    void awaitCaughtUp() {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() ->
                json.readTree(get("/api/admin/projections", TestRequesters.MANAGER)).findValues("caughtUp").stream()
                        .allMatch(JsonNode::asBoolean));
    }

    /** The worklist as the API gives it: the read models behind it follow a write within moments. */
    String worklist() throws Exception {
        return get("/api/worklist");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", TestRequesters.as(user));
    }
}
