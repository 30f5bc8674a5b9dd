package io.boneregistry.app.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.api.assessment.VertebralLevel;
import io.boneregistry.api.complication.ComplicationResolution;
import io.boneregistry.api.complication.ComplicationTiming;
import io.boneregistry.api.complication.ResolutionOutcome;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.app.ReadModels;
import io.boneregistry.app.RegistryTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.boneregistry.api.fixtures.CaseFixture.*;
import static io.boneregistry.api.fixtures.ProcedureFixture.multiLevelVertebroplasty;
import static io.boneregistry.app.Downloads.download;
import static io.boneregistry.app.TestRequesters.MANAGER;
import static io.boneregistry.app.TestRequesters.getAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a unit does in one session and after it, logged over HTTP (issue 14): a three-level
 * vertebroplasty with one leaking level, a complication that ended with sequelae, a visit where the
 * treated site is relieved while other metastases hurt, and radiotherapy during the follow-up. The
 * benchmarks, the exports and FHIR say each of them as docs/outcomes.md defines.
 */
@RegistryTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicalDepthHttpTest {

    /** The operator of this test's procedure only, so benchmarks and exports can be filtered to it. */
    private static final String OPERATOR = "OP-LEVELS";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    private CaseApi api;
    private String caseId;
    private String treatmentId;

    @BeforeAll
    void aThreeLevelVertebroplastyFollowedUpDuringRadiotherapy() throws Exception {
        api = new CaseApi(mvc, json);
        caseId = api.registerCase();
        String base = "/api/cases/" + caseId;
        api.post(base + "/assessment", api.body(painfulVertebralMetastasis())).andExpect(status().isOk());
        api.post(base + "/treatment-decision", api.body(palliative(Technique.CEMENTOPLASTY))).andExpect(status().isOk());
        api.post(base + "/pre-procedure-checks", api.body(normalChecks())).andExpect(status().isOk());
        String procedureId = api.read(api.post(base + "/procedures", api.body(byThisOperator(
                multiLevelVertebroplasty(VertebralLevel.T11, VertebralLevel.T12, VertebralLevel.L1))))
                .andExpect(status().isCreated())).get("procedureId").asText();
        api.post(base + "/procedures/" + procedureId + "/complications", api.body(cementEmbolus(TREATED, 1, ComplicationTiming.INTRA_PROCEDURAL,
                new ComplicationResolution(ResolutionOutcome.RESOLVED_WITH_SEQUELAE, TREATED.plusDays(10))))).andExpect(status().isCreated());
        api.post(base + "/follow-ups", api.body(painElsewhere(procedureId, TREATED.plusDays(28), 8, 2))).andExpect(status().isCreated());
        treatmentId = api.read(api.post(base + "/other-treatments", api.body(radiotherapy(TREATED.plusDays(14))))
                .andExpect(status().isCreated())).get("treatmentId").asText();
        ReadModels.awaitCaughtUp(mvc, json, Duration.ofSeconds(30));
    }

    @Test
    void anotherTreatmentIsCorrectedWithAReasonAndRefusedBeforeTheAssessment() throws Exception {
        String base = "/api/cases/" + caseId + "/other-treatments";
        api.put(base + "/" + treatmentId, api.body(radiotherapy(TREATED.plusDays(15)), Map.of("reasonForChange", "start date from the RT plan")))
                .andExpect(status().isOk());
        int before = api.history(caseId).size();
        api.post(base, api.body(radiotherapy(ASSESSED.minusDays(1)))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startedOn"));
        assertThat(api.history(caseId).size()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void theLeakBenchmarkCountsEachLevelAndThePainBenchmarkTheTreatedSite() throws Exception {
        Map<String, JsonNode> rows = benchmarks("");
        assertThat(rows.get("BM-CEMENT-LEAK").get("n").asInt()).isEqualTo(3);
        assertThat(rows.get("BM-CEMENT-LEAK").get("x").asInt()).isEqualTo(1);
        assertThat(rows.get("BM-CEMENT-PAIN").get("x").asInt()).as("relieved at the treated site, VAS 8 overall").isEqualTo(1);
        assertThat(rows.get("BM-CEMENT-PAIN").get("painAtTreatedSite").asInt()).isEqualTo(1);
        assertThat(benchmarks("&otherTreatment=false").get("BM-CEMENT-LEAK").get("n").asInt())
                .as("radiotherapy started during the follow-up leaves the procedure out").isZero();
    }

    @Test
    void theExportsHoldEachLevelTheTreatedSitesPainAndHowTheComplicationEnded() throws Exception {
        List<Map<String, String>> levels = csv(download(mvc, getAs(MANAGER, "/api/exports/treated-levels.csv?operatorId=" + OPERATOR)));
        assertThat(levels).extracting(row -> row.get("vertebral_level")).containsExactly("T11", "T12", "L1");
        assertThat(levels).extracting(row -> row.get("cement_leaked")).containsExactly("1", "0", "0");

        Map<String, String> procedure = csv(download(mvc, getAs(MANAGER, "/api/exports/analysis.csv?operatorId=" + OPERATOR))).get(0);
        assertThat(procedure).containsEntry("levels_treated", "3").containsEntry("assessment_vas", "2")
                .containsEntry("assessment_pain_site", "TREATED_SITE").containsEntry("assessment_overall_vas", "8")
                .containsEntry("other_treatment_during_follow_up", "1").containsEntry("complication_outcomes", "RESOLVED_WITH_SEQUELAE");

        String adverseEvents = download(mvc, getAs(MANAGER, "/api/exports/fhir?format=ndjson&_type=AdverseEvent&operatorId=" + OPERATOR));
        List<String> outcomes = new java.util.ArrayList<>();
        for (String line : adverseEvents.lines().toList()) outcomes.add(json.readTree(line).at("/outcome/coding/0/code").asText());
        assertThat(outcomes).containsExactly("resolvedWithSequelae");
    }

    @Test
    void theDataDictionaryNamesTheFileOfEachColumn() throws Exception {
        JsonNode columns = json.readTree(download(mvc, getAs(MANAGER, "/api/exports/data-dictionary.json"))).get("columns");
        assertThat(StreamSupport.stream(columns.spliterator(), false).filter(c -> c.get("file").asText().equals("treated-levels.csv"))
                .map(c -> c.get("name").asText())).contains("vertebral_level", "cement_leaked");
    }

    @Test
    void theWorkspaceFormsShowTheNewFields() throws Exception {
        JsonNode forms = json.readTree(download(mvc, getAs(MANAGER, "/api/forms")));
        assertThat(names(forms.get("procedures"))).contains("site", "level");
        assertThat(names(forms.get("follow-ups"))).contains("treatedSiteVas", "analgesicLadderStep", "ecog", "modality", "finding");
        assertThat(names(forms.get("other-treatments"))).contains("kind", "startedOn");
        assertThat(names(forms.get("assessment"))).contains("metalImplantAtSite", "peripheralNerveNearTarget", "insulatingCortexIntact");
        assertThat(names(forms.get("pre-procedure-checks"))).contains("consentedOn", "risksAndAlternativesDiscussed");
    }

    /** Every input's last name in a form, nested groups and technique-step variants included. */
    private static List<String> names(JsonNode fields) {
        List<String> names = new java.util.ArrayList<>();
        fields.forEach(field -> {
            String name = field.get("name").asText();
            names.add(name.substring(name.lastIndexOf('.') + 1));
            if (field.has("fields")) names.addAll(names(field.get("fields")));
            if (field.has("variants")) field.get("variants").forEach(variant -> names.addAll(names(variant)));
        });
        return names;
    }

    private Map<String, JsonNode> benchmarks(String more) throws Exception {
        JsonNode report = json.readTree(download(mvc, getAs(MANAGER, "/api/outcomes/benchmarks?operatorId=" + OPERATOR + more)));
        Map<String, JsonNode> rows = new java.util.HashMap<>();
        report.get("rows").forEach(row -> rows.put(row.get("benchmarkId").asText(), row));
        return rows;
    }

    /** An RFC 4180 file without quoted commas (these rows have none), as a list of rows by column name. */
    private static List<Map<String, String>> csv(String file) {
        List<String> lines = file.lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        return lines.subList(1, lines.size()).stream().map(line -> {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new java.util.HashMap<>();
            for (int i = 0; i < header.size(); i++) row.put(header.get(i), cells[i]);
            return row;
        }).toList();
    }

    private static Procedure byThisOperator(Procedure p) {
        return new Procedure(p.performedOn(), OPERATOR, p.anaesthesia(), p.guidance(), p.steps(), p.thermalProtection(),
                p.periostealRopivacaineMl(), p.technicalSuccess(), p.antiInflammatoryProphylaxis());
    }
}
