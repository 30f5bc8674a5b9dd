package io.boneregistry.app.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.app.Chromium;
import io.boneregistry.app.DemoRegistryTest;
import io.boneregistry.app.TestRequesters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.boneregistry.api.fixtures.CaseFixture.normalChecks;
import static io.boneregistry.api.fixtures.CaseFixture.painfulVertebralMetastasis;
import static io.boneregistry.api.fixtures.CaseFixture.palliativeRfaWithCement;
import static io.boneregistry.api.fixtures.CaseFixture.registrationAt;
import static io.boneregistry.api.fixtures.CaseFixture.withFractureRiskUnknown;
import static io.boneregistry.api.fixtures.ProcedureFixture.on;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaWithVertebroplasty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the registry stores is what the clinician meant (issue 26), in Chromium: a double click or a
 * double Enter on Save stores one entry; a half-filled form survives a reload and a language switch;
 * a yes/no left blank is stored as unknown; an entry entered in error leaves every statistic, the
 * worklist and the export and stays in the history; patients are named where cases are listed; and a
 * page loaded again fetches no module again.
 */
@DemoRegistryTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnteringCasesBrowserTest {

    private static final String CLINICIAN = TestRequesters.BOLOGNA_CLINICIAN;

    @LocalServerPort
    private int port;
    @Autowired
    private ObjectMapper json;
    private ChromeDriver browser;
    private Workspace workspace;

    @BeforeAll
    void openBrowser() throws Exception {
        workspace = Workspace.loggedIn(port, json, CLINICIAN);
        browser = workspace.browser;
    }

    @AfterAll
    void closeBrowser() {
        if (workspace != null) workspace.close();
    }

    @Test
    void aDoubleClickOnSaveStoresOneCaseAndOneProcedure() throws Exception {
        String pseudonym = pseudonym();
        workspace.open("cases/new", "cases");
        workspace.fill(json.valueToTree(registrationAt("IT-BO-01", pseudonym)));
        new Actions(browser).doubleClick(workspace.saveButton()).perform();
        String caseId = workspace.awaitCasePage();
        assertThat(casesNamed(pseudonym)).isEqualTo(1);

        String treated = decidedCase();
        workspace.open("cases/" + treated + "/procedures", "cases");
        workspace.fill(json.valueToTree(rfaWithVertebroplasty()));
        new Actions(browser).doubleClick(workspace.saveButton()).perform();
        workspace.awaitCasePage();
        assertThat(types(treated)).filteredOn("ProcedurePerformed"::equals).hasSize(1);
        assertThat(caseId).isNotBlank();
    }

    @Test
    void aDoubleEnterStoresOneCaseAndOneProcedure() throws Exception {
        String pseudonym = pseudonym();
        workspace.open("cases/new", "cases");
        workspace.fill(json.valueToTree(registrationAt("IT-BO-01", pseudonym)));
        workspace.inputs("patientPseudonym").get(0).sendKeys(Keys.ENTER, Keys.ENTER);
        workspace.awaitCasePage();
        assertThat(casesNamed(pseudonym)).isEqualTo(1);

        String treated = decidedCase();
        workspace.open("cases/" + treated + "/procedures", "cases");
        workspace.fill(json.valueToTree(rfaWithVertebroplasty()));
        workspace.inputs("operatorId").get(0).sendKeys(Keys.ENTER, Keys.ENTER);
        workspace.awaitCasePage();
        assertThat(types(treated)).filteredOn("ProcedurePerformed"::equals).hasSize(1);
    }

    @Test
    void aHalfFilledFormComesBackAfterAReload() throws Exception {
        String caseId = registeredCase();
        workspace.open("cases/" + caseId + "/assessment", "cases");
        workspace.set("lesion.site", "VERTEBRA_LUMBAR");
        workspace.set("lesion.maxDiameterMm", "31");
        workspace.set("painOrigin", "night pain at L2");
        browser.navigate().refresh();
        workspace.awaitView("cases");
        assertThat(workspace.inputs("painOrigin").get(0).getAttribute("value")).as("nothing restored unasked").isEmpty();
        workspace.click(browser.findElement(By.id("restore-draft")));
        assertThat(workspace.inputs("lesion.maxDiameterMm").get(0).getAttribute("value")).isEqualTo("31");
        assertThat(workspace.inputs("painOrigin").get(0).getAttribute("value")).isEqualTo("night pain at L2");
        assertThat(workspace.inputs("lesion.level").get(0).isDisplayed()).as("the questions follow the restored answers").isTrue();
        assertThat(types(caseId)).as("a draft is not stored").doesNotContain("AssessmentRecorded");
        workspace.scan("form with a restored draft");
    }

    @Test
    void theLanguageSwitchKeepsWhatWasTyped() throws Exception {
        String caseId = registeredCase();
        workspace.open("cases/" + caseId + "/assessment", "cases");
        workspace.set("lesion.maxDiameterMm", "27");
        workspace.set("painOrigin", "dolore notturno");
        try {
            new Select(browser.findElement(By.id("language"))).selectByValue("it");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                    driver.findElement(By.cssSelector("label[for='f-assessedOn']")).getText().equals("Valutato il"));
            workspace.awaitView("cases");
            assertThat(workspace.inputs("lesion.maxDiameterMm").get(0).getAttribute("value")).isEqualTo("27");
            assertThat(workspace.inputs("painOrigin").get(0).getAttribute("value")).isEqualTo("dolore notturno");
            assertThat(browser.findElement(By.id("nav-worklist")).getText()).isEqualTo("Agenda");
        } finally {
            new Select(browser.findElement(By.id("language"))).selectByValue("en");
        }
    }

    @Test
    void aYesNoLeftBlankIsStoredAsUnknown() throws Exception {
        String caseId = registeredCase();
        workspace.open("cases/" + caseId + "/assessment", "cases");
        workspace.fill(json.valueToTree(withFractureRiskUnknown(painfulVertebralMetastasis())));
        assertThat(workspace.inputs("lesion.fractureRisk")).as("no answer chosen for the user").noneMatch(WebElement::isSelected);
        workspace.submitAndAwaitCase();

        JsonNode assessment = eventOf(caseId, "AssessmentRecorded").get("payload").get("assessment");
        assertThat(assessment.get("lesion").get("fractureRisk").isNull()).as("stored as unknown, not as no").isTrue();
        assertThat(assessment.get("lesion").get("softTissueExtension").asBoolean(true)).as("an answered no stays no").isFalse();
    }

    @Test
    void anEntryEnteredInErrorLeavesTheStatisticsTheWorklistAndTheExportAndStaysInTheHistory() throws Exception {
        String operator = "OP-ERR-" + UUID.randomUUID().toString().substring(0, 6);
        String caseId = decidedCase();
        ObjectNode procedure = json.valueToTree(on(LocalDate.now().minusDays(30), rfaWithVertebroplasty()));
        procedure.put("operatorId", operator);
        String procedureId = workspace.post("/api/cases/" + caseId + "/procedures", procedure).get("procedureId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> leakMembers(operator) == 1 && workspace.worklist().contains(procedureId));
        assertThat(exportedRows(operator)).hasSize(1);

        workspace.open("cases/" + caseId, "cases");
        WebElement entry = browser.findElement(By.cssSelector("details.entry[data-id='" + procedureId + "']"));
        workspace.click(entry.findElement(By.cssSelector(":scope > summary")));
        workspace.click(entry.findElement(By.cssSelector("details.mark > summary")));
        entry.findElement(By.cssSelector("form.mark-in-error input[name=reason]")).sendKeys("recorded on the wrong patient");
        workspace.click(entry.findElement(By.cssSelector("form.mark-in-error button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                !driver.findElements(By.cssSelector("details.entry.in-error[data-id='" + procedureId + "']")).isEmpty());
        workspace.awaitView("cases");
        workspace.scan("case page with an entry entered in error");
        workspace.shoot("workspace-entered-in-error");

        await().atMost(Duration.ofSeconds(30)).until(() -> leakMembers(operator) == 0 && !workspace.worklist().contains(procedureId));
        assertThat(exportedRows(operator)).isEmpty();
        assertThat(types(caseId)).contains("ProcedurePerformed", "EnteredInError");
        assertThat(eventOf(caseId, "EnteredInError").get("payload").get("errorReason").asText()).isEqualTo("recorded on the wrong patient");
    }

    @Test
    void patientsAreNamedOnTheCasePageTheWorklistTheGridAndTheCaseList() throws Exception {
        String pseudonym = pseudonym();
        String caseId = workspace.post("/api/cases", registrationAt("IT-BO-01", pseudonym)).get("caseId").asText();
        workspace.post("/api/cases/" + caseId + "/assessment", painfulVertebralMetastasis());
        workspace.post("/api/cases/" + caseId + "/treatment-decision", palliativeRfaWithCement());
        workspace.post("/api/cases/" + caseId + "/pre-procedure-checks", normalChecks());
        workspace.post("/api/cases/" + caseId + "/procedures", on(LocalDate.now().minusDays(30), rfaWithVertebroplasty()));
        await().atMost(Duration.ofSeconds(30)).until(() -> workspace.worklist().contains(pseudonym));

        workspace.open("cases/" + caseId, "cases");
        assertThat(browser.findElement(By.id("case-patient")).getText()).contains(pseudonym, "1956", "Female");
        workspace.open("worklist", "worklist");
        assertThat(browser.findElement(By.cssSelector("#follow-ups-due tr[data-case='" + caseId + "']")).getText()).contains(pseudonym);
        assertThat(browser.findElement(By.cssSelector("#status-grid tr[data-case='" + caseId + "']")).getText()).contains(pseudonym);
        workspace.open("cases?pseudonym=" + pseudonym.toLowerCase(), "cases");
        assertThat(browser.findElements(By.cssSelector("#case-list tbody tr"))).singleElement()
                .satisfies(row -> assertThat(row.getText()).contains(pseudonym));
        workspace.scan("case list found by pseudonym");
        workspace.open("missing-data", "missing-data");
        workspace.scan("missing-data report");
    }

    @Test
    void aSecondPageLoadFetchesNoModuleAgain() {
        workspace.open("benchmarks", "benchmarks");
        browser.get(workspace.url("/?again#/benchmarks"));
        workspace.awaitView("benchmarks");
        Object fetched = workspace.script("return performance.getEntriesByType('resource')"
                + ".filter(e => /\\.js(\\?|$)/.test(e.name) && e.transferSize > 0).map(e => e.name);");
        assertThat((List<?>) fetched).as("modules fetched over the network on the second load").isEmpty();
    }

    /* ---------- cases to work on ---------- */

    private String pseudonym() {
        return "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private String registeredCase() throws Exception {
        return workspace.post("/api/cases", registrationAt("IT-BO-01", pseudonym())).get("caseId").asText();
    }

    private String decidedCase() throws Exception {
        String caseId = registeredCase();
        workspace.post("/api/cases/" + caseId + "/assessment", painfulVertebralMetastasis());
        workspace.post("/api/cases/" + caseId + "/treatment-decision", palliativeRfaWithCement());
        workspace.post("/api/cases/" + caseId + "/pre-procedure-checks", normalChecks());
        return caseId;
    }

    /** How many cases the list finds by the pseudonym, once the case summary has read them (asked until it stays). */
    private long casesNamed(String pseudonym) throws Exception {
        await().atMost(Duration.ofSeconds(15)).until(() -> json.readTree(workspace.get("/api/cases?pseudonym=" + pseudonym))
                .get("totalElements").asLong() > 0);
        Thread.sleep(1500);
        return json.readTree(workspace.get("/api/cases?pseudonym=" + pseudonym)).get("totalElements").asLong();
    }

    private List<String> types(String caseId) throws Exception {
        return workspace.history(caseId).findValuesAsText("type");
    }

    private JsonNode eventOf(String caseId, String type) throws Exception {
        for (JsonNode event : workspace.history(caseId)) {
            if (event.get("type").asText().equals(type)) return event;
        }
        throw new AssertionError("no " + type + " in the history of " + caseId);
    }

    /** BM-CEMENT-LEAK's members (treated levels) among the operator's procedures. */
    private int leakMembers(String operator) throws Exception {
        for (JsonNode row : json.readTree(workspace.get("/api/outcomes/benchmarks?operatorId=" + operator)).get("rows")) {
            if (row.get("benchmarkId").asText().equals("BM-CEMENT-LEAK")) return row.get("n").asInt() + row.get("notEvaluable").asInt();
        }
        throw new AssertionError("no BM-CEMENT-LEAK row");
    }

    /** The operator's rows of the analysis export, as a registry manager downloads it. */
    private List<String> exportedRows(String operator) throws Exception {
        List<String> lines = workspace.get("/api/exports/analysis.csv?operatorId=" + operator, TestRequesters.MANAGER).lines().toList();
        return lines.subList(1, lines.size());
    }
}
