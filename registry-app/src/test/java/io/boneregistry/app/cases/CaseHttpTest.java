package io.boneregistry.app.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.app.RegistryTest;
import io.boneregistry.app.TestRequesters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static io.boneregistry.api.fixtures.CaseFixture.*;
import static io.boneregistry.api.fixtures.ProcedureFixture.ethanolAblation;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaWithVertebroplasty;
import static io.boneregistry.api.fixtures.ProcedureFixture.vertebroplastyAlone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every write and read endpoint of docs/api.md, and every kind of refusal, over HTTP against the real registry. */
@RegistryTest
class CaseHttpTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private Environment environment;
    private CaseApi api;

    @BeforeEach
    void setUp() {
        api = new CaseApi(mvc, json);
    }

    /** The same tests run on H2 and, in CaseHttpOnPostgresTest, on PostgreSQL: each checks which it is on. */
    @Test
    void runsOnTheStoreItsProfileNames() throws Exception {
        assertThat(databaseProduct()).isEqualTo(environment.matchesProfiles("postgres") ? "PostgreSQL" : "H2");
    }

    private String databaseProduct() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }

    @Nested
    class Registering {

        @Test
        void nestedTestsShareTheStoreOfTheClassThatRunsThem() throws Exception {
            assertThat(databaseProduct()).isEqualTo(environment.matchesProfiles("postgres") ? "PostgreSQL" : "H2");
        }

        @Test
        void registrationAnswersCreatedWithLocationAndEmptyAdvice() throws Exception {
            api.post("/api/cases", api.body(registration()))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", startsWith("/api/cases/")))
                    .andExpect(jsonPath("$.caseId").isString())
                    .andExpect(jsonPath("$.advice.evaluations", hasSize(0)));
        }

        @Test
        void retryWithTheClientsIdAnswersAsTheFirstTimeAndStoresNothing() throws Exception {
            String caseId = UUID.randomUUID().toString();
            ObjectNode body = api.body(registration(), Map.of("caseId", caseId));
            api.post("/api/cases", body).andExpect(status().isCreated());
            JsonNode history = api.history(caseId);

            api.post("/api/cases", body).andExpect(status().isCreated()).andExpect(jsonPath("$.caseId").value(caseId));
            assertThat(api.history(caseId)).isEqualTo(history);
        }

        @Test
        void clientIdReusedForAnotherPatientIsConflict() throws Exception {
            String caseId = UUID.randomUUID().toString();
            api.post("/api/cases", api.body(registration(), Map.of("caseId", caseId))).andExpect(status().isCreated());
            refused(caseId, () -> api.post("/api/cases", api.body(registrationAt("IT-BO-01", "P-777"), Map.of("caseId", caseId))), 409, null);
        }

        @Test
        void missingPseudonymIsRefusedNamingTheField() throws Exception {
            ObjectNode body = api.body(registration());
            body.remove("patientPseudonym");
            api.post("/api/cases", body).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[*].field", hasItem("patientPseudonym")));
        }

        @Test
        void exactBirthDateIsNeverAccepted() throws Exception {
            api.post("/api/cases", api.body(registration(), Map.of("birthDate", "1956-03-14")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("birthDate")));
        }

        @Test
        void nameInsteadOfPseudonymIsRefused() throws Exception {
            api.post("/api/cases", api.body(registrationAt("IT-BO-01", "Maria Rossi")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("patientPseudonym")));
        }

        @Test
        void referralInTheFutureIsRefused() throws Exception {
            api.post("/api/cases", api.body(registration(), Map.of("referralDate", LocalDate.now().plusDays(1))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("referralDate")));
        }

        @Test
        void clientIdThatIsNoUuidIsRefused() throws Exception {
            api.post("/api/cases", api.body(registration(), Map.of("caseId", "my-case")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("caseId")));
        }

        @Test
        void malformedJsonIsRefused() throws Exception {
            api.postRaw("/api/cases", "{\"centreId\": ").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("body")));
        }

        @Test
        void theAuditTrailNamesTheAuthenticatedUserWhateverTheHeadersClaim() throws Exception {
            String caseId = api.read(mvc.perform(MockMvcRequestBuilders.post("/api/cases")
                            .header("X-User", "dr.someone-else").header("X-Role", "REGISTRY_MANAGER").header("X-Centre", "IT-NA-04")
                            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(registration())))
                    .andExpect(status().isCreated())).get("caseId").asText();
            JsonNode registered = api.history(caseId).get(0);
            assertThat(registered.get("recordedBy").asText()).isEqualTo(TestRequesters.CLINICIAN);
            assertThat(registered.get("role").asText()).isEqualTo("CLINICIAN");
        }
    }

    @Nested
    class Assessing {

        @Test
        void assessmentAnswersTheGuidelinesAdvice() throws Exception {
            String caseId = api.registerCase();
            api.post("/api/cases/" + caseId + "/assessment", api.body(painfulVertebralMetastasis()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.caseId").value(caseId))
                    .andExpect(jsonPath("$.advice.evaluations[?(@.ruleId == 'R-WORKUP-IMAGING')].status").value("MET"));
        }

        @Test
        void vasOfElevenIsRefusedNamingBaselinePainVas() throws Exception {
            String caseId = api.registerCase();
            ObjectNode body = api.body(painfulVertebralMetastasis());
            ((ObjectNode) body.get("baselinePain")).put("vas", 11);
            refused(caseId, () -> api.post("/api/cases/" + caseId + "/assessment", body), 400, "baselinePain.vas");
        }

        @Test
        void fractionalVasIsRefusedRatherThanRounded() throws Exception {
            String caseId = api.registerCase();
            ObjectNode body = api.body(painfulVertebralMetastasis());
            ((ObjectNode) body.get("baselinePain")).put("vas", 7.5);
            refused(caseId, () -> api.post("/api/cases/" + caseId + "/assessment", body), 400, "baselinePain.vas");
        }

        @Test
        void unknownEnumValueIsRefusedNamingTheField() throws Exception {
            String caseId = api.registerCase();
            ObjectNode body = api.body(painfulVertebralMetastasis());
            ((ObjectNode) body.get("lesion")).put("site", "KNEE");
            refused(caseId, () -> api.post("/api/cases/" + caseId + "/assessment", body), 400, "lesion.site");
        }

        @Test
        void everyBadFieldIsNamedAtOnce() throws Exception {
            String caseId = api.registerCase();
            ObjectNode body = api.body(painfulVertebralMetastasis());
            ((ObjectNode) body.get("baselinePain")).put("vas", -1);
            body.put("localisationCount", 0);
            refused(caseId, () -> api.post("/api/cases/" + caseId + "/assessment", body), 400, "localisationCount");
            api.post("/api/cases/" + caseId + "/assessment", body).andExpect(jsonPath("$.errors", hasSize(2)));
        }

        @Test
        void assessmentOfUnknownCaseIsNotFound() throws Exception {
            api.post("/api/cases/" + UUID.randomUUID() + "/assessment", api.body(painfulVertebralMetastasis()))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }

        @Test
        void amendmentWithoutReasonIsRefused() throws Exception {
            String caseId = assessedCase();
            refused(caseId, () -> api.put("/api/cases/" + caseId + "/assessment", api.body(osteoidOsteomaOfFemur())), 400, "reasonForChange");
        }

        @Test
        void amendmentKeepsTheOldVersionInTheHistory() throws Exception {
            String caseId = assessedCase();
            api.put("/api/cases/" + caseId + "/assessment",
                            api.body(withoutTotalBodyImaging(painfulVertebralMetastasis()), Map.of("reasonForChange", "imaging was 2D")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.advice.evaluations[?(@.ruleId == 'R-WORKUP-IMAGING')].status").value("DEVIATED"));
            JsonNode history = api.history(caseId);
            assertThat(history.findValuesAsText("type")).contains("AssessmentRecorded", "AssessmentAmended");
            JsonNode amended = history.get(history.size() - 2);
            assertThat(amended.get("reasonForChange").asText()).isEqualTo("imaging was 2D");
        }
    }

    @Nested
    class Biopsy {

        @Test
        void chondroblastomaWithBiopsyDecidedNoIsAdvisedDeviation() throws Exception {
            String caseId = assessedCase(chondroblastomaOfHumerus());
            api.post("/api/cases/" + caseId + "/biopsy-decision", api.body(biopsyDecided(false)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.advice.evaluations[?(@.ruleId == 'R-BIOPSY-CHONDROBLASTOMA')].status").value("DEVIATED"));
        }

        @Test
        void biopsyDecisionBeforeAssessmentIsConflict() throws Exception {
            String caseId = api.registerCase();
            refused(caseId, () -> api.post("/api/cases/" + caseId + "/biopsy-decision", api.body(biopsyDecided(true))), 409, null);
        }

        @Test
        void biopsyDecisionCanBeAmended() throws Exception {
            String caseId = assessedCase(chondroblastomaOfHumerus());
            api.post("/api/cases/" + caseId + "/biopsy-decision", api.body(biopsyDecided(false))).andExpect(status().isOk());
            api.put("/api/cases/" + caseId + "/biopsy-decision", api.body(biopsyDecided(true), Map.of("reasonForChange", "MDT changed its mind")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.advice.evaluations[?(@.ruleId == 'R-BIOPSY-CHONDROBLASTOMA')].status").value("MET"));
        }

        @Test
        void biopsyIsRecordedAndAmended() throws Exception {
            String caseId = assessedCase(chondroblastomaOfHumerus());
            api.post("/api/cases/" + caseId + "/biopsy", api.body(conclusiveBiopsy(Diagnosis.CHONDROBLASTOMA))).andExpect(status().isOk());
            api.put("/api/cases/" + caseId + "/biopsy", api.body(conclusiveBiopsy(Diagnosis.OTHER_BENIGN), Map.of("reasonForChange", "revised")))
                    .andExpect(status().isOk());
        }

        @Test
        void biopsyGuidedByUnknownModalityIsRefused() throws Exception {
            String caseId = assessedCase(chondroblastomaOfHumerus());
            ObjectNode body = api.body(conclusiveBiopsy(Diagnosis.CHONDROBLASTOMA));
            body.put("guidance", "XRAY");
            refused(caseId, () -> api.post("/api/cases/" + caseId + "/biopsy", body), 400, "guidance");
        }
    }

    @Nested
    class TreatmentAndChecks {

        @Test
        void treatmentDecisionAnswersAdvice() throws Exception {
            String caseId = assessedCase();
            api.post("/api/cases/" + caseId + "/treatment-decision", api.body(palliativeRfaWithCement()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.advice.evaluations[?(@.ruleId == 'R-WORKUP-PARAMS')].status").value("MET"));
        }

        @Test
        void curativeIntentForLargeMetastasisReportsBothFailedConditions() throws Exception {
            String caseId = assessedCase(largeMetastasisWithThreeLocalisations());
            api.post("/api/cases/" + caseId + "/treatment-decision", api.body(curative(Technique.CRYO)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.advice.evaluations[?(@.ruleId == 'R-CURATIVE-MALIGNANT')].status").value("DEVIATED"))
                    .andExpect(jsonPath("$.advice.evaluations[?(@.ruleId == 'R-CURATIVE-MALIGNANT')].detail",
                            hasItem(allOf(containsString("3 localisations"), containsString("maximum diameter 40 mm")))));
        }

        @Test
        void treatmentDecisionBeforeAssessmentIsConflict() throws Exception {
            String caseId = api.registerCase();
            refused(caseId, () -> api.post("/api/cases/" + caseId + "/treatment-decision", api.body(palliativeRfaWithCement())), 409, null);
        }

        @Test
        void treatmentDecisionCanBeAmended() throws Exception {
            String caseId = decidedCase();
            api.put("/api/cases/" + caseId + "/treatment-decision",
                            api.body(palliative(Technique.CEMENTOPLASTY), Map.of("reasonForChange", "RFA dropped")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.advice.evaluations[?(@.ruleId == 'R-STRATEGY-1')].status").value("MET"));
        }

        @Test
        void checksAreRecordedAndTheLatestAmended() throws Exception {
            String caseId = assessedCase();
            api.post("/api/cases/" + caseId + "/pre-procedure-checks", api.body(normalChecks()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.advice.evaluations[?(@.ruleId == 'R-PREP-LABS')].status").value("MET"));
            api.put("/api/cases/" + caseId + "/pre-procedure-checks", api.body(checksWithLowPlatelets(), Map.of("reasonForChange", "misread")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.advice.evaluations[?(@.ruleId == 'R-PREP-LABS')].status").value("ADVISORY"));
        }
    }

    @Nested
    class Procedures {

        @Test
        void procedureAnswersCreatedWithItsIdAndAdvice() throws Exception {
            String caseId = decidedCase();
            api.post("/api/cases/" + caseId + "/procedures", api.body(rfaWithVertebroplasty()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.procedureId").isString())
                    .andExpect(jsonPath("$.advice.evaluations[?(@.ruleId == 'R-THERMAL-RFA-SALINE')].status").value("MET"));
        }

        @Test
        void ethanolOf30MlWithoutContrastIsAdvisedOnVolumeAndDeviatesOnContrast() throws Exception {
            String caseId = decidedCase();
            api.post("/api/cases/" + caseId + "/procedures", api.body(ethanolAblation(30, false)))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.advice.evaluations[?(@.ruleId == 'R-ETHANOL-VOLUME')].status").value("ADVISORY"))
                    .andExpect(jsonPath("$.advice.evaluations[?(@.ruleId == 'R-ETHANOL-CONTRAST')].status").value("DEVIATED"));
        }

        @Test
        void procedureBeforeTreatmentDecisionIsConflict() throws Exception {
            String caseId = assessedCase();
            refused(caseId, () -> api.post("/api/cases/" + caseId + "/procedures", api.body(rfaWithVertebroplasty())), 409, null);
        }

        @Test
        void unknownTechniqueIsRefusedNamingTheStep() throws Exception {
            String caseId = decidedCase();
            ObjectNode body = api.body(rfaWithVertebroplasty());
            ((ObjectNode) body.get("steps").get(0)).put("technique", "MICROWAVE");
            refused(caseId, () -> api.post("/api/cases/" + caseId + "/procedures", body), 400, "steps[0].technique");
        }

        @Test
        void negativeVolumeIsRefusedNamingTheStepField() throws Exception {
            String caseId = decidedCase();
            ObjectNode body = api.body(ethanolAblation(12, true));
            ((ObjectNode) body.get("steps").get(0)).put("volumeMl", -3);
            refused(caseId, () -> api.post("/api/cases/" + caseId + "/procedures", body), 400, "steps[0].volumeMl");
        }

        @Test
        void retriedProcedureAnswersTheSameAndStoresNothing() throws Exception {
            String caseId = decidedCase();
            String procedureId = UUID.randomUUID().toString();
            ObjectNode body = api.body(rfaWithVertebroplasty(), Map.of("procedureId", procedureId));
            String first = api.post("/api/cases/" + caseId + "/procedures", body).andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString();
            JsonNode history = api.history(caseId);
            api.post("/api/cases/" + caseId + "/procedures", body).andExpect(status().isCreated())
                    .andExpect(content().json(first, true));
            assertThat(api.history(caseId)).isEqualTo(history);
        }

        @Test
        void procedureIdReusedWithOtherContentIsConflict() throws Exception {
            String caseId = decidedCase();
            String procedureId = UUID.randomUUID().toString();
            api.post("/api/cases/" + caseId + "/procedures", api.body(rfaWithVertebroplasty(), Map.of("procedureId", procedureId)))
                    .andExpect(status().isCreated());
            refused(caseId, () -> api.post("/api/cases/" + caseId + "/procedures", api.body(vertebroplastyAlone(10), Map.of("procedureId", procedureId))), 409, null);
        }

        @Test
        void procedureIdHeldByAnotherCaseIsConflict() throws Exception {
            String procedureId = UUID.randomUUID().toString();
            String firstCase = decidedCase();
            api.post("/api/cases/" + firstCase + "/procedures", api.body(rfaWithVertebroplasty(), Map.of("procedureId", procedureId)))
                    .andExpect(status().isCreated());
            String secondCase = decidedCase();
            refused(secondCase, () -> api.post("/api/cases/" + secondCase + "/procedures",
                    api.body(rfaWithVertebroplasty(), Map.of("procedureId", procedureId))), 409, null);
        }

        @Test
        void procedureCanBeAmended() throws Exception {
            String caseId = decidedCase();
            String procedureId = procedure(caseId);
            api.put("/api/cases/" + caseId + "/procedures/" + procedureId, api.body(vertebroplastyAlone(13), Map.of("reasonForChange", "no RFA after all")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.advice.evaluations[?(@.ruleId == 'R-CEMENT-NEEDLE')].status").value("ADVISORY"));
        }

        @Test
        void amendingUnknownProcedureIsNotFound() throws Exception {
            String caseId = decidedCase();
            refused(caseId, () -> api.put("/api/cases/" + caseId + "/procedures/" + UUID.randomUUID(),
                    api.body(vertebroplastyAlone(10), Map.of("reasonForChange", "typo"))), 404, null);
        }
    }

    @Nested
    class ComplicationsFollowUpsAndClosure {

        @Test
        void complicationIsRecordedAndAmended() throws Exception {
            String caseId = decidedCase();
            String procedureId = procedure(caseId);
            String path = "/api/cases/" + caseId + "/procedures/" + procedureId + "/complications";
            String complicationId = api.read(api.post(path, api.body(pulmonaryEmbolism(TREATED.plusDays(1))))
                    .andExpect(status().isCreated())).get("complicationId").asText();
            api.put(path + "/" + complicationId, api.body(pulmonaryEmbolism(TREATED.plusDays(2)), Map.of("reasonForChange", "onset date")))
                    .andExpect(status().isOk());
        }

        @Test
        void aComplicationsEndIsAddedOnceKnownAndAnImpossibleTimingIsRefused() throws Exception {
            String caseId = decidedCase();
            String procedureId = procedure(caseId);
            String path = "/api/cases/" + caseId + "/procedures/" + procedureId + "/complications";
            String complicationId = api.read(api.post(path, api.body(pulmonaryEmbolism(TREATED.plusDays(1))))
                    .andExpect(status().isCreated())).get("complicationId").asText();
            ObjectNode resolved = api.body(pulmonaryEmbolism(TREATED.plusDays(1)), Map.of("reasonForChange", "resolved"));
            resolved.put("timing", "WITHIN_30_DAYS").putObject("resolution").put("outcome", "RESOLVED").put("resolvedOn", TREATED.plusDays(5).toString());
            api.put(path + "/" + complicationId, resolved).andExpect(status().isOk());
            JsonNode amended = api.history(caseId).findValues("payload").stream().filter(p -> p.has("complication")).reduce((a, b) -> b).orElseThrow();
            assertThat(amended.at("/complication/resolution/outcome").asText()).isEqualTo("RESOLVED");
            assertThat(amended.at("/complication/timing").asText()).isEqualTo("WITHIN_30_DAYS");

            ObjectNode intraOnALaterDay = api.body(pulmonaryEmbolism(TREATED.plusDays(1)));
            intraOnALaterDay.put("timing", "INTRA_PROCEDURAL");
            refused(caseId, () -> api.post(path, intraOnALaterDay), 400, "timing");
        }

        @Test
        void complicationOfUnknownProcedureIsNotFound() throws Exception {
            String caseId = decidedCase();
            refused(caseId, () -> api.post("/api/cases/" + caseId + "/procedures/" + UUID.randomUUID() + "/complications",
                    api.body(pulmonaryEmbolism(TREATED))), 404, null);
        }

        @Test
        void cirseGradeSevenIsRefused() throws Exception {
            String caseId = decidedCase();
            String procedureId = procedure(caseId);
            ObjectNode body = api.body(pulmonaryEmbolism(TREATED));
            body.put("cirseGrade", 7);
            refused(caseId, () -> api.post("/api/cases/" + caseId + "/procedures/" + procedureId + "/complications", body), 400, "cirseGrade");
        }

        @Test
        void followUpIsRecordedAndAmended() throws Exception {
            String caseId = decidedCase();
            String procedureId = procedure(caseId);
            String followUpId = api.read(api.post("/api/cases/" + caseId + "/follow-ups", api.body(followUp(procedureId, TREATED.plusDays(28), 3)))
                    .andExpect(status().isCreated())).get("followUpId").asText();
            api.put("/api/cases/" + caseId + "/follow-ups/" + followUpId,
                            api.body(followUp(procedureId, TREATED.plusDays(28), 2), Map.of("reasonForChange", "VAS misheard")))
                    .andExpect(status().isOk());
        }

        @Test
        void followUpOfUnknownProcedureIsNotFound() throws Exception {
            String caseId = decidedCase();
            procedure(caseId);
            refused(caseId, () -> api.post("/api/cases/" + caseId + "/follow-ups", api.body(followUp("no-such-procedure", TREATED.plusDays(28), 3))), 404, null);
        }

        @Test
        void followUpDatedBeforeItsProcedureIsRefused() throws Exception {
            String caseId = decidedCase();
            String procedureId = procedure(caseId);
            refused(caseId, () -> api.post("/api/cases/" + caseId + "/follow-ups", api.body(followUp(procedureId, TREATED.minusDays(3), 3))), 400, "assessedOn");
        }

        @Test
        void closedCaseTakesNothingMore() throws Exception {
            String caseId = decidedCase();
            String procedureId = procedure(caseId);
            api.post("/api/cases/" + caseId + "/closure", api.body(closedAsComplete(TREATED.plusDays(90)))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.caseId").value(caseId));
            refused(caseId, () -> api.post("/api/cases/" + caseId + "/follow-ups", api.body(followUp(procedureId, TREATED.plusDays(100), 3))), 409, null);
            refused(caseId, () -> api.put("/api/cases/" + caseId + "/assessment",
                    api.body(painfulVertebralMetastasis(), Map.of("reasonForChange", "late correction"))), 409, null);
        }
    }

    @Nested
    class Reading {

        @Test
        void caseListFiltersByCentreAndStage() throws Exception {
            String centre = "IT-LIST-99";   // only this test registers here
            String registered = api.read(api.post("/api/cases", api.body(registrationAt(centre, "P-1"))).andExpect(status().isCreated())).get("caseId").asText();
            String assessed = api.read(api.post("/api/cases", api.body(registrationAt(centre, "P-2"))).andExpect(status().isCreated())).get("caseId").asText();
            api.post("/api/cases/" + assessed + "/assessment", api.body(painfulVertebralMetastasis())).andExpect(status().isOk());

            await().untilAsserted(() -> api.get("/api/cases?centreId=" + centre + "&stage=ASSESSED")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalElements").value(1))
                    .andExpect(jsonPath("$.content[0].caseId").value(assessed)));
            await().untilAsserted(() -> api.get("/api/cases?centreId=" + centre)
                    .andExpect(jsonPath("$.totalElements").value(2))
                    .andExpect(jsonPath("$.content[*].caseId", hasItem(registered))));
        }

        @Test
        void badListParametersAreRefusedNamingThem() throws Exception {
            api.get("/api/cases?stage=FINISHED").andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[*].field", hasItem("stage")));
            api.get("/api/cases?size=5000").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("size")));
            api.get("/api/cases?page=first").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("page")));
        }

        @Test
        void unknownCaseIsNotFoundOnEveryRead() throws Exception {
            String unknown = "/api/cases/" + UUID.randomUUID();
            for (String path : new String[]{unknown, unknown + "/advice", unknown + "/history"}) {
                api.get(path).andExpect(status().isNotFound())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            }
        }

        @Test
        void openApiDocumentAndSwaggerUiAreServed() throws Exception {
            String record = "$.paths['/api/cases/{caseId}/procedures'].post";
            String amend = "$.paths['/api/cases/{caseId}/procedures/{procedureId}'].put";
            String body = ".requestBody.content['application/json'].schema";
            api.get("/v3/api-docs").andExpect(status().isOk())
                    .andExpect(jsonPath(record + body + ".allOf[0]['$ref']").value("#/components/schemas/Procedure"))
                    .andExpect(jsonPath(record + body + ".allOf[1].properties.procedureId.format").value("uuid"))
                    .andExpect(jsonPath(record + body + ".allOf[1].properties.justification").exists())
                    .andExpect(jsonPath(record + body + ".allOf[1].required").doesNotExist())
                    .andExpect(jsonPath(amend + body + ".allOf[1].required", hasItem("reasonForChange")))
                    .andExpect(jsonPath(record + ".parameters[*].name", not(hasItem("body"))))
                    .andExpect(jsonPath("$.components.schemas.Procedure.properties.steps").exists())
                    .andExpect(jsonPath("$.paths['/api/cases'].post" + body + ".allOf[0]['$ref']").value("#/components/schemas/Registration"));
            api.get("/swagger-ui/index.html").andExpect(status().isOk());
        }
    }

    /** A refusal answers problem+json with that status (naming the field, if given) and leaves the case's history as it was. */
    private void refused(String caseId, Callable<ResultActions> request, int expectedStatus, String field) throws Exception {
        JsonNode before = api.history(caseId);
        ResultActions result = request.call()
                .andExpect(status().is(expectedStatus))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").isString());
        if (field != null) result.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        assertThat(api.history(caseId)).isEqualTo(before);
    }

    private String assessedCase() throws Exception {
        return assessedCase(painfulVertebralMetastasis());
    }

    private String assessedCase(Assessment assessment) throws Exception {
        String caseId = api.registerCase();
        api.post("/api/cases/" + caseId + "/assessment", api.body(assessment)).andExpect(status().isOk());
        return caseId;
    }

    private String decidedCase() throws Exception {
        String caseId = assessedCase();
        api.post("/api/cases/" + caseId + "/treatment-decision", api.body(palliativeRfaWithCement())).andExpect(status().isOk());
        return caseId;
    }

    private String procedure(String caseId) throws Exception {
        return api.read(api.post("/api/cases/" + caseId + "/procedures", api.body(rfaWithVertebroplasty()))
                .andExpect(status().isCreated())).get("procedureId").asText();
    }
}
