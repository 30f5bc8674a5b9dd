package io.boneregistry.app.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.boneregistry.api.fixtures.CaseFixture.painfulVertebralMetastasis;
import static io.boneregistry.api.fixtures.CaseFixture.registrationAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup of the embedded default taken while it runs (issue 15), downloaded by a registry
 * manager and unzipped into an empty data directory, starts a registry that holds every case the
 * backup held — and none written after it.
 */
class BackupRestoreTest {

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void aBackupTakenWhileTheRegistryRunsRestoresEveryCaseIntoAFreshRegistry(@TempDir Path data, @TempDir Path restored) throws Exception {
        List<String> backedUp = new ArrayList<>();
        String afterwards;
        try (RegistryProcess registry = RegistryProcess.start(data, RegistryProcess.freePort())) {
            for (int i = 0; i < 20; i++) backedUp.add(assessedCase(registry, "P-BACKUP-" + i));
            HttpResponse<String> taken = registry.post("/api/admin/backups", registry.manager(), "");
            assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
            JsonNode backup = json.readTree(taken.body());
            assertThat(registry.post("/api/admin/backups", registry.clinician(), "").statusCode()).isEqualTo(403);
            afterwards = assessedCase(registry, "P-BACKUP-LATER");

            HttpResponse<byte[]> zip = registry.http().send(registry.request(backup.get("download").asText(), registry.manager()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(zip.statusCode()).isEqualTo(200);
            assertThat(zip.body().length).isEqualTo(backup.get("bytes").asInt());
            unzip(new ByteArrayInputStream(zip.body()), restored);
        }

        try (RegistryProcess fresh = RegistryProcess.start(restored, RegistryProcess.freePort())) {
            for (String caseId : backedUp) {
                HttpResponse<String> history = fresh.http().send(fresh.request("/api/cases/" + caseId + "/history", fresh.clinician())
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(history.statusCode()).isEqualTo(200);
                assertThat(history.body()).contains("\"AssessmentRecorded\"");
            }
            assertThat(fresh.status("/api/cases/" + afterwards + "/history")).as("written after the backup").isEqualTo(404);
        }
    }

    private String assessedCase(RegistryProcess registry, String pseudonym) throws Exception {
        String caseId = UUID.randomUUID().toString();
        ObjectNode registration = json.valueToTree(registrationAt("IT-BO-01", pseudonym));
        registration.put("caseId", caseId);
        assertThat(registry.post("/api/cases", registry.clinician(), json.writeValueAsString(registration)).statusCode()).isEqualTo(201);
        assertThat(registry.post("/api/cases/" + caseId + "/assessment", registry.clinician(),
                json.writeValueAsString(painfulVertebralMetastasis())).statusCode()).isEqualTo(200);
        return caseId;
    }

    private static void unzip(InputStream zip, Path into) throws Exception {
        try (ZipInputStream entries = new ZipInputStream(zip)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = into.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(into)).isTrue();
                Files.copy(entries, file);
            }
        }
    }
}
