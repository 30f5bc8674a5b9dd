package io.boneregistry.app.exports;

import io.boneregistry.app.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.boneregistry.app.TestRequesters.BOLOGNA_AUDITOR;
import static io.boneregistry.app.TestRequesters.MANAGER;
import static io.boneregistry.app.TestRequesters.as;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The export endpoints' parameters, each bad one named in a 400, and who may export at all. */
@RegistryTest
class ExportsHttpTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void badParametersAreRefusedNamingThem() throws Exception {
        refused(get("/api/exports/fhir?format=xml"), 400, "format");
        refused(get("/api/exports/fhir?format=ndjson&_type=Patient,Encounter"), 400, "_type");
        refused(get("/api/exports/fhir?_type=Patient"), 400, "_type");
        refused(get("/api/exports/events.ndjson?after=-5"), 400, "after");
        refused(get("/api/exports/events.ndjson?limit=0"), 400, "limit");
        refused(get("/api/exports/analysis.csv?from=2025-06-01&to=2025-01-01"), 400, "period");
        refused(get("/api/exports/analysis.csv?painReductionThreshold=2"), 400, "painReductionThreshold");
        refused(get("/api/reports/audit.pdf?from=2025-06-01&to=2025-01-01"), 400, "to");
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

    private void refused(MockHttpServletRequestBuilder request, int status, String field) throws Exception {
        mvc.perform(request.header(AUTHORIZATION, as(MANAGER))).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }
}
