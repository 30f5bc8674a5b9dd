package io.boneregistry.app.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.app.ReadModels;
import io.boneregistry.app.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.time.Duration;
import java.util.Map;

import static io.boneregistry.api.fixtures.CaseFixture.painfulVertebralMetastasis;
import static io.boneregistry.api.fixtures.CaseFixture.registrationAt;
import static io.boneregistry.app.Downloads.download;
import static io.boneregistry.app.TestRequesters.CLINICIAN;
import static io.boneregistry.app.TestRequesters.MANAGER;
import static io.boneregistry.app.TestRequesters.getAs;
import static io.boneregistry.app.TestRequesters.postAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A poison event (issue 15): the analysis projection cannot handle a case's assessment because the
 * case's document was lost from its table. The event is parked with its cause, the projection goes
 * on with other cases, a registry manager sees it, mends the cause, and has it handled again.
 */
@RegistryTest
class DeadLettersTest {

    private static final String PROJECTION = "analysis-dataset";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aPoisonEventIsParkedShownAndHandledAgainOnceMended() throws Exception {
        String poisoned = register("P-DLQ-1");
        ReadModels.awaitCaughtUp(mvc, json, PROJECTION, Duration.ofSeconds(30));
        Map<String, Object> document = jdbc.queryForMap("SELECT * FROM analysis_case WHERE case_id = ?", poisoned);
        jdbc.update("DELETE FROM analysis_case WHERE case_id = ?", poisoned);

        write("/api/cases/" + poisoned + "/assessment", painfulVertebralMetastasis());
        await().atMost(Duration.ofSeconds(30)).until(() -> parked().size() == 1);
        JsonNode letter = parked().get(0);
        assertThat(letter.get("caseId").asText()).isEqualTo(poisoned);
        assertThat(letter.get("type").asText()).isEqualTo("AssessmentRecorded");
        assertThat(letter.get("causeMessage").asText()).contains("no analysis case " + poisoned);
        assertThat(letter.has("payload")).as("a dead letter shows no content").isFalse();

        String healthy = register("P-DLQ-2");
        write("/api/cases/" + healthy + "/assessment", painfulVertebralMetastasis());
        ReadModels.awaitCaughtUp(mvc, json, PROJECTION, Duration.ofSeconds(30));
        assertThat(documentOf(healthy)).as("the projection went on with other cases").contains("\"assessedOn\"");

        jdbc.update("INSERT INTO analysis_case (case_id, centre_id, document) VALUES (?, ?, ?)",
                poisoned, document.get("CENTRE_ID"), document.get("DOCUMENT"));
        JsonNode retried = json.readTree(download(mvc, postAs(MANAGER, "/api/admin/dead-letters/" + PROJECTION + "/retry")));
        assertThat(retried.get("sequencesHandled").asInt()).isEqualTo(1);
        assertThat(retried.get("stillParked")).isEmpty();
        assertThat(parked()).isEmpty();
        assertThat(documentOf(poisoned)).contains("\"assessedOn\"");
    }

    @Test
    void onlyRegistryManagersSeeDeadLettersAndAnUnknownProjectionIsNotFound() throws Exception {
        mvc.perform(getAs(CLINICIAN, "/api/admin/dead-letters")).andExpect(status().isForbidden());
        mvc.perform(postAs(MANAGER, "/api/admin/dead-letters/no-such-projection/retry")).andExpect(status().isNotFound());
    }

    private JsonNode parked() throws Exception {
        return json.readTree(download(mvc, getAs(MANAGER, "/api/admin/dead-letters")));
    }

    private String documentOf(String caseId) {
        return jdbc.queryForObject("SELECT CAST(document AS VARCHAR(1000000)) FROM analysis_case WHERE case_id = ?", String.class, caseId);
    }

    private String register(String pseudonym) throws Exception {
        return json.readTree(write("/api/cases", registrationAt("IT-BO-01", pseudonym))).get("caseId").asText();
    }

    private String write(String path, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andReturn().getResponse().getContentAsString();
    }
}
