package io.boneregistry.app.exportlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.app.RegistryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.boneregistry.app.Downloads.download;
import static io.boneregistry.app.TestRequesters.BOLOGNA_AUDITOR;
import static io.boneregistry.app.TestRequesters.CLINICIAN;
import static io.boneregistry.app.TestRequesters.MANAGER;
import static io.boneregistry.app.TestRequesters.getAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every export is recorded, who took what with which settings and when, and registry managers read the record (issue 11). */
@RegistryTest
class ExportLogTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;

    @Test
    void everyExportIsRecordedWithWhoWhatWhichSettingsAndWhen() throws Exception {
        download(mvc, getAs(MANAGER, "/api/exports/analysis.csv?freeText=true&from=2025-01-01"));
        download(mvc, getAs(MANAGER, "/api/exports/events.ndjson?identified=true&limit=5"));
        download(mvc, getAs(BOLOGNA_AUDITOR, "/api/reports/audit.pdf?centreId=IT-BO-01"));
        download(mvc, getAs(BOLOGNA_AUDITOR, "/api/outcomes/dataset?centreId=IT-BO-01"));

        JsonNode log = json.readTree(download(mvc, getAs(MANAGER, "/api/admin/export-log?limit=4")));

        assertThat(log.findValuesAsText("export")).containsExactly("dataset", "audit.pdf", "events.ndjson", "analysis.csv");
        assertThat(log.get(0).get("userId").asText()).isEqualTo(BOLOGNA_AUDITOR);
        assertThat(log.get(0).get("role").asText()).isEqualTo("AUDITOR");
        assertThat(log.get(2).get("settings").asText()).isEqualTo("identified=true&limit=5");
        assertThat(log.get(3).get("settings").asText()).isEqualTo("freeText=true&from=2025-01-01");
        assertThat(log.get(3).get("recordedAt").asText()).isNotBlank();
        assertThat(download(mvc, getAs(MANAGER, "/api/admin/export-log.csv?limit=1")))
                .startsWith("id,recorded_at,user_id,user_name,role,export,settings\r\n").contains(",bo.auditor,bo.auditor,AUDITOR,dataset,");
    }

    @Test
    void theRecordIsForRegistryManagersAndAReadOfItIsNotAnExport() throws Exception {
        mvc.perform(getAs(CLINICIAN, "/api/admin/export-log")).andExpect(status().isForbidden());
        mvc.perform(getAs(BOLOGNA_AUDITOR, "/api/admin/export-log.csv")).andExpect(status().isForbidden());
        download(mvc, getAs(MANAGER, "/api/exports/data-dictionary.json"));

        JsonNode log = json.readTree(download(mvc, getAs(MANAGER, "/api/admin/export-log?limit=1000")));

        assertThat(log.findValuesAsText("export")).doesNotContain("data-dictionary", "export-log");
    }
}
