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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    private static final String CLINICIAN = TestRequesters.BOLOGNA_CLINICIAN;

    @LocalServerPort
    private int port;
    @Autowired
    private ObjectMapper json;
    private ChromeDriver browser;
    private Workspace workspace;
    private final List<String> scanned = new ArrayList<>();
    private String browserCase;

    @BeforeAll
    void openBrowserOnACaughtUpRegistry() throws Exception {
        workspace = Workspace.loggedIn(port, json, CLINICIAN);
        browser = workspace.browser;
    }

    @AfterAll
    void closeBrowser() {
        if (workspace != null) workspace.close();
    }

    @Test
    @Order(1)
    void aClinicianLogsTheExampleCaseThroughTheFormsAsTheApiWouldHaveIt() throws Exception {
        workspace.clicks = 0;
        workspace.keystrokes = 0;
        workspace.open("cases/new", "cases");
        scan("new case form");
        workspace.fill(json.valueToTree(registration()));
        workspace.submitThen("assessment");
        browserCase = browser.getCurrentUrl().replaceAll(".*#/cases/([0-9a-f-]{36})/assessment$", "$1");

        workspace.fill(json.valueToTree(painfulVertebralMetastasis()));
        workspace.submitThen("treatment-decision");
        workspace.fill(json.valueToTree(palliativeRfaWithCement()));
        workspace.awaitAdvice("R-STRATEGY-1", "ADVISORY");
        assertThat(browser.findElement(By.id("justification-block")).isDisplayed()).as("advice asks for no justification").isFalse();
        int clicked = workspace.clicks;
        int typed = workspace.keystrokes;
        workspace.set("mdt", "false");
        workspace.awaitAdvice("R-WORKUP-PARAMS", "DEVIATED");
        assertThat(browser.findElement(By.id("justification-block")).isDisplayed()).as("a deviation asks for its justification").isTrue();
        workspace.set("mdt", "true");
        workspace.awaitAdvice("R-WORKUP-PARAMS", "MET");
        workspace.clicks = clicked;   // the detour through a deviation is the test's, not the clinician's
        workspace.keystrokes = typed;
        assertThat(types(workspace.history(browserCase))).as("nothing stored while the advice is shown").doesNotContain("TreatmentDecided");
        scan("treatment decision form with live advice");
        shoot("workspace-treatment-decision");
        workspace.submitThen("pre-procedure-checks");
        workspace.fill(json.valueToTree(normalChecks()));
        workspace.submitThen("procedures");
        workspace.fill(json.valueToTree(rfaWithVertebroplasty()));
        workspace.submitAndAwaitCase();
        String procedureId = workspace.history(browserCase).findValues("procedureId").get(0).asText();
        workspace.openByLink("#/cases/" + browserCase + "/procedures/" + procedureId + "/complications");
        workspace.fill(json.valueToTree(pulmonaryEmbolism(TREATED.plusDays(1))));
        workspace.submitAndAwaitCase();
        enter("follow-ups", followUp(procedureId, TREATED.plusDays(28), 3));
        enter("closure", closedAsComplete(TREATED.plusDays(180)));
        scan("case page");
        shoot("workspace-case");
        assertThat(workspace.clicks).as("clicks (84 in the issue, 89 before it)").isLessThan(84);
        assertThat(workspace.keystrokes).as("keystrokes (172 in the issue)").isLessThan(172);
        System.out.printf("[workspace] the example case through the forms: %d clicks and %d keystrokes (fields filled as a user would)%n",
                workspace.clicks, workspace.keystrokes);

        String apiCase = theExampleCaseThroughTheApi();
        assertThat(entries(workspace.history(browserCase))).isEqualTo(entries(workspace.history(apiCase)));
    }

    @Test
    @Order(2)
    void anImpossibleValueIsShownBesideItsInputAndStoresNothing() throws Exception {
        String caseId = treatedThirtyDaysAgo();
        String before = workspace.history(caseId).toString();
        workspace.open("cases/" + caseId + "/follow-ups", "cases");
        workspace.set("vas", "11");
        workspace.set("vitalStatus", "ALIVE");
        workspace.click(browser.findElement(By.cssSelector("form.entry-form button[type=submit]")));

        WebElement error = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.findElement(By.cssSelector("[data-field='vas'] .field-error")));
        assertThat(error.getText()).isNotBlank();
        assertThat(workspace.inputs("vas").get(0).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(workspace.inputs("vas").get(0).getAttribute("value")).as("what the user typed is kept").isEqualTo("11");
        assertThat(workspace.history(caseId).toString()).isEqualTo(before);
        shoot("workspace-error-beside-input");
    }

    @Test
    @Order(3)
    void aFollowUpDueIsOnTheWorklistUntilItIsRecorded() throws Exception {
        String caseId = treatedThirtyDaysAgo();
        String procedureId = workspace.history(caseId).findValues("procedureId").get(0).asText();
        By due = By.cssSelector("#follow-ups-due tr[data-procedure='" + procedureId + "']");
        await().atMost(Duration.ofSeconds(90)).until(() -> workspace.worklist().contains(procedureId));
        workspace.open("worklist", "worklist");
        scan("worklist");
        shoot("workspace-worklist");
        assertThat(browser.findElement(due).getText()).contains("day 28");

        workspace.click(browser.findElement(due).findElement(By.cssSelector("a.button")));
        workspace.awaitView("cases");
        assertThat(new Select(workspace.inputs("procedureId").get(0)).getFirstSelectedOption().getAttribute("value")).isEqualTo(procedureId);
        workspace.set("vas", "2");
        workspace.set("vitalStatus", "ALIVE");
        workspace.submitAndAwaitCase();

        await().atMost(Duration.ofSeconds(90)).until(() -> !workspace.worklist().contains(procedureId));
        workspace.open("worklist", "worklist");
        assertThat(browser.findElements(due)).isEmpty();
    }

    @Test
    @Order(4)
    void aCorrectionWithoutAReasonIsRefusedInTheForm() throws Exception {
        String followUpId = workspace.history(browserCase).findValues("followUpId").get(0).asText();
        String before = workspace.history(browserCase).toString();
        workspace.open("cases/" + browserCase + "/follow-ups/" + followUpId, "cases");
        assertThat(workspace.inputs("vas").get(0).getAttribute("value")).as("the form opens with the stored content").isEqualTo("3");
        workspace.click(browser.findElement(By.cssSelector("form.entry-form button[type=submit]")));

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.findElement(By.cssSelector("[data-field='reasonForChange'] .field-error")));
        assertThat(workspace.history(browserCase).toString()).isEqualTo(before);
        scan("correction form");
    }

    @Test
    @Order(5)
    void otherRolesSeeTheFormsReadOnly() throws Exception {
        workspace.logOut();
        Chromium.logInAs(browser, port, TestRequesters.BOLOGNA_AUDITOR);
        workspace.open("cases/" + browserCase + "/assessment", "cases");

        assertThat(browser.findElements(By.cssSelector("form[data-entry='assessment'] button[type=submit]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("form[data-entry='assessment'] input")))
                .isNotEmpty().allSatisfy(input -> assertThat(input.isEnabled()).isFalse());
        workspace.open("cases/" + browserCase, "cases");
        assertThat(browser.findElements(By.cssSelector(".next-entries, a.correct"))).isEmpty();
        workspace.logOut();
        Chromium.logInAs(browser, port, CLINICIAN);
        assertThat(scanned).contains("new case form", "case page", "treatment decision form with live advice", "worklist", "correction form");
    }

    @Test
    @Order(6)
    void theLanguageChosenIsRememberedAndThePagesFitATablet() throws Exception {
        String caseId = treatedThirtyDaysAgo();
        workspace.open("worklist", "worklist");
        new Select(browser.findElement(By.id("language"))).selectByValue("it");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.findElement(By.cssSelector("#view h2")).getText().equals("Agenda"));
        browser.navigate().refresh();
        workspace.awaitView("worklist");
        assertThat(browser.findElement(By.cssSelector("#view h2")).getText()).as("remembered").isEqualTo("Agenda");
        try {
            browser.manage().window().setSize(new Dimension(1024, 768));
            for (String page : List.of("worklist", "cases/" + caseId + "/procedures", "cases/" + caseId)) {
                workspace.open(page, page.split("/")[0]);
                Object overflow = ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue()).as("sideways scrolling on " + page + " at 1024×768").isLessThanOrEqualTo(0);
            }
            workspace.open("cases/" + caseId + "/procedures", "cases");
            assertThat(browser.findElement(By.cssSelector("label[for='f-performedOn']")).getText()).isEqualTo("Eseguita il");
            shoot("workspace-procedure-it-1024");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 800));
            new Select(browser.findElement(By.id("language"))).selectByValue("en");
        }
    }

    private void enter(String entry, Object content) throws Exception {
        workspace.openByLink("#/cases/" + browserCase + "/" + entry);
        workspace.fill(json.valueToTree(content));
        workspace.submitAndAwaitCase();
    }

    private void scan(String page) throws Exception {
        workspace.scan(page);
        scanned.add(page);
    }

    private void shoot(String name) throws Exception {
        workspace.shoot(name);
    }

    /* ---------- the same through the API ---------- */

    private String theExampleCaseThroughTheApi() throws Exception {
        String caseId = workspace.post("/api/cases", registration()).get("caseId").asText();
        workspace.post("/api/cases/" + caseId + "/assessment", painfulVertebralMetastasis());
        workspace.post("/api/cases/" + caseId + "/treatment-decision", palliativeRfaWithCement());
        workspace.post("/api/cases/" + caseId + "/pre-procedure-checks", normalChecks());
        String procedureId = workspace.post("/api/cases/" + caseId + "/procedures", rfaWithVertebroplasty()).get("procedureId").asText();
        workspace.post("/api/cases/" + caseId + "/procedures/" + procedureId + "/complications", pulmonaryEmbolism(TREATED.plusDays(1)));
        workspace.post("/api/cases/" + caseId + "/follow-ups", followUp(procedureId, TREATED.plusDays(28), 3));
        workspace.post("/api/cases/" + caseId + "/closure", closedAsComplete(TREATED.plusDays(180)));
        return caseId;
    }

    /** A case whose one procedure was thirty days ago and has no follow-up yet. */
    private String treatedThirtyDaysAgo() throws Exception {
        String caseId = workspace.post("/api/cases", registration()).get("caseId").asText();
        workspace.post("/api/cases/" + caseId + "/assessment", painfulVertebralMetastasis());
        workspace.post("/api/cases/" + caseId + "/treatment-decision", palliativeRfaWithCement());
        workspace.post("/api/cases/" + caseId + "/pre-procedure-checks", normalChecks());
        workspace.post("/api/cases/" + caseId + "/procedures", on(LocalDate.now().minusDays(30), rfaWithVertebroplasty()));
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




}
