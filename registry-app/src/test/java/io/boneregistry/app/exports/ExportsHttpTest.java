package io.boneregistry.app.exports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.app.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;
import java.util.UUID;

import static io.boneregistry.api.fixtures.CaseFixture.registration;
import static io.boneregistry.app.Downloads.download;
import static io.boneregistry.app.TestRequesters.BOLOGNA_AUDITOR;
import static io.boneregistry.app.TestRequesters.MANAGER;
import static io.boneregistry.app.TestRequesters.as;
import static io.boneregistry.app.TestRequesters.getAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The export endpoints' parameters, each bad one named in a 400; who may export at all; the archive at a gap. */
@RegistryTest
class ExportsHttpTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void badParametersAreRefusedNamingThem() throws Exception {
        refused(get("/api/exports/fhir?format=xml"), 400, "format");
        refused(get("/api/exports/fhir?format=ndjson&_type=Patient,Encounter"), 400, "_type");
        refused(get("/api/exports/fhir?_type=Patient"), 400, "_type");
        refused(get("/api/exports/events.ndjson?after=-5"), 400, "after");
        refused(get("/api/exports/events.ndjson?limit=0"), 400, "limit");
        refused(get("/api/exports/analysis.csv?from=2025-06-01&to=2025-01-01"), 400, "period");
        refused(get("/api/exports/analysis.csv?painReductionThreshold=2"), 400, "painReductionThreshold");
        refused(get("/api/reports/audit.pdf?from=2025-06-01&to=2025-01-01"), 400, "period");
        refused(get("/api/reports/audit.pdf?from=June"), 400, "from");
    }

    @Test
    void exportsAreForRegistryManagersAndTheAuditReportAlsoForAuditors() throws Exception {
        mvc.perform(get("/api/exports/analysis.csv")).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/exports/fhir").header(AUTHORIZATION, as(BOLOGNA_AUDITOR))).andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/audit.pdf")).andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/audit.pdf").header(AUTHORIZATION, as(BOLOGNA_AUDITOR))).andExpect(status().isOk());
        mvc.perform(get("/api/exports/events.ndjson?identified=true&freeText=true&limit=1").header(AUTHORIZATION, as(MANAGER)))
                .andExpect(status().isOk());
    }

    @Test
    void theManifestSaysWhatDeidentificationDoes() throws Exception {
        mvc.perform(get("/api/exports/manifest").header(AUTHORIZATION, as(MANAGER))).andExpect(status().isOk())
                .andExpect(jsonPath("$.deidentification[2]").value(org.hamcrest.Matchers.containsString("days since the case's referral")))
                .andExpect(jsonPath("$.exports[*].path", hasItem("/api/exports/events.ndjson")));
    }

    @Test
    void theArchiveEndsAPageBeforeAFreshGapAndPassesItOnceSettled() throws Exception {
        register();
        Long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        jdbc.execute("ALTER TABLE DomainEventEntry ALTER COLUMN globalIndex RESTART WITH " + (last + 5));   // 4 positions in flight
        register();
        String page = "/api/exports/events.ndjson?identified=true&after=" + last;
        assertThat(download(mvc, getAs(MANAGER, page))).as("a write may still fill the gap").isEmpty();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> !download(mvc, getAs(MANAGER, page)).isEmpty());
        assertThat(json.readTree(download(mvc, getAs(MANAGER, page)).lines().findFirst().orElseThrow()).get("position").asLong())
                .isEqualTo(last + 5);
    }

    private void register() throws Exception {
        ObjectNode registration = json.valueToTree(registration());
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(registration.put("caseId", UUID.randomUUID().toString())))).andExpect(status().isCreated());
    }

    private void refused(MockHttpServletRequestBuilder request, int status, String field) throws Exception {
        mvc.perform(request.header(AUTHORIZATION, as(MANAGER))).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }
}
