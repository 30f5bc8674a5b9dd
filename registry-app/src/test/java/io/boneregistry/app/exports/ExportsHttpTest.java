package io.boneregistry.app.exports;

import io.boneregistry.app.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The export endpoints' parameters: each bad one named in a 400, and loosened de-identification refused to other roles. */
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
    void onlyARegistryManagerMayAskForFreeTextOrIdentifiedEvents() throws Exception {
        refused(get("/api/exports/analysis.csv?freeText=true"), 403, "freeText");
        refused(get("/api/exports/fhir?freeText=true").header("X-Role", "AUDITOR"), 403, "freeText");
        refused(get("/api/exports/events.ndjson?identified=true").header("X-Role", "CLINICIAN"), 403, "identified");
        mvc.perform(get("/api/exports/events.ndjson?identified=true&limit=1").header("X-Role", "REGISTRY_MANAGER"))
                .andExpect(status().isOk());
    }

    @Test
    void theManifestSaysWhatDeidentificationDoes() throws Exception {
        mvc.perform(get("/api/exports/manifest")).andExpect(status().isOk())
                .andExpect(jsonPath("$.deidentification[2]").value(org.hamcrest.Matchers.containsString("days since the case's referral")))
                .andExpect(jsonPath("$.exports[*].path", hasItem("/api/exports/events.ndjson")));
    }

    private void refused(RequestBuilder request, int status, String field) throws Exception {
        mvc.perform(request).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }
}
