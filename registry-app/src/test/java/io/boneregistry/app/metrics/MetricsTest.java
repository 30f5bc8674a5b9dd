package io.boneregistry.app.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.app.ReadModels;
import io.boneregistry.app.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;

import static io.boneregistry.api.fixtures.CaseFixture.painfulVertebralMetastasis;
import static io.boneregistry.api.fixtures.CaseFixture.registration;
import static io.boneregistry.app.Downloads.download;
import static io.boneregistry.app.TestRequesters.BOLOGNA_AUDITOR;
import static io.boneregistry.app.TestRequesters.CLINICIAN;
import static io.boneregistry.app.TestRequesters.MANAGER;
import static io.boneregistry.app.TestRequesters.getAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What operations watch (issue 13): command rate and latency, processor lag, export durations, for Prometheus, for registry managers. */
@RegistryTest
class MetricsTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;

    @Test
    void commandsProcessorsAndExportsAreMeasuredForPrometheus() throws Exception {
        String caseId = json.readTree(mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(registration()))).andReturn().getResponse().getContentAsString()).get("caseId").asText();
        mvc.perform(post("/api/cases/" + caseId + "/assessment?dryRun=true").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(painfulVertebralMetastasis()))).andExpect(status().isOk());
        mvc.perform(post("/api/cases/" + caseId + "/treatment-decision").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(painfulVertebralMetastasis()))).andExpect(status().is4xxClientError());
        download(mvc, getAs(MANAGER, "/api/exports/analysis.csv"));
        ReadModels.awaitCaughtUp(mvc, json, Duration.ofSeconds(30));

        String scraped = download(mvc, getAs(MANAGER, "/actuator/prometheus"));

        assertThat(scraped).contains("registry_commands_seconds_count{command=\"RegisterCase\",outcome=\"stored\"}",
                "registry_commands_seconds_count{command=\"RecordAssessment\",outcome=\"tried\"}",
                "registry_commands_seconds_bucket{command=\"RegisterCase\",outcome=\"stored\",le=",
                "registry_exports_seconds_count{export=\"analysis.csv\",outcome=\"completed\"}",
                "registry_processor_lag_events{processor=\"case-summary\"} 0.0",
                "registry_processor_lag_events{processor=\"analysis-dataset\"} 0.0");
    }

    @Test
    void onlyRegistryManagersReadTheMetrics() throws Exception {
        mvc.perform(getAs(CLINICIAN, "/actuator/prometheus")).andExpect(status().isForbidden());
        mvc.perform(getAs(BOLOGNA_AUDITOR, "/actuator/prometheus")).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "")).andExpect(status().isUnauthorized());
    }
}
