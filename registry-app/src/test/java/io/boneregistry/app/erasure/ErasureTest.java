package io.boneregistry.app.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.api.complication.Complication;
import io.boneregistry.api.complication.ComplicationType;
import io.boneregistry.app.ReadModels;
import io.boneregistry.app.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.boneregistry.api.fixtures.CaseFixture.TREATED;
import static io.boneregistry.api.fixtures.CaseFixture.closedAsComplete;
import static io.boneregistry.api.fixtures.CaseFixture.painfulVertebralMetastasis;
import static io.boneregistry.api.fixtures.CaseFixture.palliativeRfaWithCement;
import static io.boneregistry.api.fixtures.CaseFixture.registrationAt;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaWithVertebroplasty;
import static io.boneregistry.app.Downloads.download;
import static io.boneregistry.app.TestRequesters.MANAGER;
import static io.boneregistry.app.TestRequesters.getAs;
import static io.boneregistry.app.TestRequesters.postAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Erasure (issue 7): a case's personal fields are sealed in the event store from the start; once a
 * registry manager erases them no event, read model, rebuilt read model or export yields them again,
 * and every statistic is what it was.
 */
@RegistryTest
class ErasureTest {

    private static final String PSEUDONYM = "P-ERASE-4711";
    private static final List<String> FREE_TEXT = List.of("pain-origin-secret", "justification-secret", "description-secret",
            "reason-for-change-secret");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void erasedPersonalFieldsCanNoLongerBeReadAnywhereWhileTheStatisticsStay() throws Exception {
        String caseId = aCaseFullOfPersonalData();
        await().atMost(Duration.ofSeconds(30)).until(() -> readModels(caseId).contains("pain-origin-secret"));
        assertThat(storedEvents(caseId)).as("the event store holds personal fields sealed only")
                .contains(SealedFields.MARKER).doesNotContain(PSEUDONYM).doesNotContain(FREE_TEXT);
        assertThat(history(caseId)).contains(PSEUDONYM).contains(FREE_TEXT);
        String benchmarks = whenCaughtUp("/api/outcomes/benchmarks");
        List<String> conformance = conformanceCounts();

        mvc.perform(erasure(caseId)).andExpect(status().isOk());
        mvc.perform(erasure(caseId)).andExpect(status().isConflict());
        await().atMost(Duration.ofSeconds(30)).until(() -> !readModels(caseId).contains("pain-origin-secret"));
        assertThat(whenCaughtUp("/api/outcomes/benchmarks")).isEqualTo(benchmarks);
        assertThat(conformanceCounts()).isEqualTo(conformance);

        send(post("/api/cases/" + caseId + "/closure"), closure("written-after-erasure-secret")).andExpect(status().isOk());
        assertErasedEverywhere(caseId);
        benchmarks = whenCaughtUp("/api/outcomes/benchmarks");
        conformance = conformanceCounts();
        for (String projection : ReadModels.PROJECTIONS) {
            mvc.perform(postAs(MANAGER, "/api/admin/projections/" + projection + "/rebuild")).andExpect(status().isAccepted());
        }
        assertThat(whenCaughtUp("/api/outcomes/benchmarks")).isEqualTo(benchmarks);
        assertThat(conformanceCounts()).isEqualTo(conformance);
        assertThat(readModels(caseId)).as("rebuilt read models still hold the case").contains(caseId);
        assertErasedEverywhere(caseId);
        assertThat(jdbc.queryForMap("SELECT secret, erased_at FROM case_key WHERE case_id = ?", caseId))
                .containsEntry("SECRET", null).extractingByKey("ERASED_AT").isNotNull();
    }

    @Test
    void erasureNeedsAReasonAndAKnownCase() throws Exception {
        mvc.perform(postAs(MANAGER, "/api/cases/" + UUID.randomUUID() + "/erasure").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"patient withdrew consent\"}")).andExpect(status().isNotFound());
        mvc.perform(postAs(MANAGER, "/api/cases/" + aCaseFullOfPersonalData() + "/erasure").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \" \"}")).andExpect(status().isBadRequest());
    }

    private void assertErasedEverywhere(String caseId) throws Exception {
        List<String> erased = List.of(PSEUDONYM, "pain-origin-secret", "justification-secret", "description-secret",
                "reason-for-change-secret", "written-after-erasure-secret", "erasure-reason-secret");
        assertThat(history(caseId)).as("the audit trail").doesNotContain(erased).contains("PersonalDataErased");
        assertThat(readModels(caseId)).as("the read models").doesNotContain(erased);
        assertThat(storedEvents(caseId)).as("the event store").doesNotContain(erased);
        for (String export : List.of("/api/exports/events.ndjson?identified=true&freeText=true",
                "/api/exports/analysis.csv?freeText=true", "/api/exports/fhir?format=ndjson&freeText=true")) {
            assertThat(download(mvc, getAs(MANAGER, export))).as(export).doesNotContain(erased);
        }
        JsonNode registered = json.readTree(history(caseId)).get(0).get("payload").get("registration");
        assertThat(registered.get("patientPseudonym").isNull()).isTrue();
        assertThat(registered.get("birthYear").isNull()).isTrue();
        assertThat(registered.get("centreId").asText()).as("clinical facts stay").isEqualTo("IT-BO-01");
    }

    private String aCaseFullOfPersonalData() throws Exception {
        String caseId = UUID.randomUUID().toString();
        ObjectNode registration = json.valueToTree(registrationAt("IT-BO-01", PSEUDONYM));
        send(post("/api/cases"), registration.put("caseId", caseId)).andExpect(status().isCreated());
        ObjectNode assessment = json.valueToTree(painfulVertebralMetastasis());
        send(post("/api/cases/" + caseId + "/assessment"), assessment.put("painOrigin", "pain-origin-secret")).andExpect(status().isOk());
        ObjectNode decision = json.valueToTree(palliativeRfaWithCement());
        send(post("/api/cases/" + caseId + "/treatment-decision"), decision.put("justification", "justification-secret"))
                .andExpect(status().isOk());
        String procedureId = json.readTree(send(post("/api/cases/" + caseId + "/procedures"), rfaWithVertebroplasty())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("procedureId").asText();
        send(post("/api/cases/" + caseId + "/procedures/" + procedureId + "/complications"),
                new Complication(TREATED.plusDays(1), ComplicationType.FEVER, 1, "description-secret")).andExpect(status().isCreated());
        assessment.put("painOrigin", "pain-origin-secret, amended").put("reasonForChange", "reason-for-change-secret");
        send(put("/api/cases/" + caseId + "/assessment"), assessment)
                .andExpect(status().isOk());
        return caseId;
    }

    private ObjectNode closure(String justification) {
        ObjectNode closure = json.valueToTree(closedAsComplete(TREATED.plusDays(90)));
        return closure.put("justification", justification);
    }

    private MockHttpServletRequestBuilder erasure(String caseId) {
        return postAs(MANAGER, "/api/cases/" + caseId + "/erasure").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"erasure-reason-secret: the patient withdrew consent\"}");
    }

    private ResultActions send(MockHttpServletRequestBuilder request, Object body) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private String history(String caseId) throws Exception {
        return download(mvc, getAs(MANAGER, "/api/cases/" + caseId + "/history"));
    }

    private String storedEvents(String caseId) {
        return String.join("\n", jdbc.query("SELECT payload, metaData FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                (rs, row) -> new String(rs.getBytes(1), StandardCharsets.UTF_8) + new String(rs.getBytes(2), StandardCharsets.UTF_8), caseId));
    }

    private String readModels(String caseId) {
        return String.join("\n",
                jdbc.queryForList("SELECT CAST(document AS VARCHAR(1000000)) FROM case_file WHERE case_id = ?", String.class, caseId).toString(),
                jdbc.queryForList("SELECT CAST(document AS VARCHAR(1000000)) FROM analysis_case WHERE case_id = ?", String.class, caseId).toString(),
                jdbc.queryForList("SELECT * FROM conformance_evaluation WHERE case_id = ?", caseId).toString());
    }

    /** Per rule, the cases it applied to and those that deviated (the justifications are free text, erased). */
    private List<String> conformanceCounts() throws Exception {
        List<String> counts = new ArrayList<>();
        for (JsonNode rule : json.readTree(whenCaughtUp("/api/quality/conformance")).get("rows")) {
            counts.add(rule.get("ruleId").asText() + " " + rule.get("appliedCases") + " " + rule.get("deviatingCases"));
        }
        return counts;
    }

    /** An answer once every projection has caught up with the event store. */
    private String whenCaughtUp(String path) throws Exception {
        ReadModels.awaitCaughtUp(mvc, json, Duration.ofMinutes(1));
        return download(mvc, getAs(MANAGER, path));
    }
}
