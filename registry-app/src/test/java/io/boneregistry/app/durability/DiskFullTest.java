package io.boneregistry.app.durability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.boneregistry.api.fixtures.CaseFixture.registrationAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The disk fills under the embedded default (issue 15): the registry's data directory is a 24 MB
 * file system filled to its last 300 KB. Writes that cannot be written are answered 503 with
 * Retry-After, none with a 500; reads between them are served or refused the same way (H2 closes
 * its file after a failed write and may not open it again without room); once there is room, writes are taken
 * again without a restart; and after a restart every write acknowledged before, during and after
 * is there. It needs a small
 * file system of its own (a tmpfs, mounted as root); where mounting is not allowed it is skipped.
 * Part of the fault suite ({@code mvn -B verify -Pfaults}).
 */
@Tag("fault")
class DiskFullTest {

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void writesAre503WhileTheDiskIsFullAndTakenAgainOnceThereIsRoom(@TempDir Path mountPoint) throws Exception {
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mountPoint.toString()) == 0,
                "mounting a small file system needs root: the disk-full test is skipped here");
        Path data = mountPoint.resolve("data");
        Path filler = mountPoint.resolve("filler");
        List<String> acknowledged = new ArrayList<>();
        Map<Integer, Integer> whileFull = new HashMap<>();
        Map<Integer, Integer> readsWhileFull = new HashMap<>();
        try {
            try (RegistryProcess registry = RegistryProcess.start(data, RegistryProcess.freePort())) {
                for (int i = 0; i < 20; i++) assertThat(register(registry, acknowledged)).isEqualTo(201);
                fill(filler, Files.getFileStore(mountPoint).getUsableSpace() - 300 * 1024);
                for (int i = 0; i < 60; i++) {
                    HttpResponse<String> answer = registerAnswer(registry, acknowledged);
                    whileFull.merge(answer.statusCode(), 1, Integer::sum);
                    if (answer.statusCode() == 503) assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                    readsWhileFull.merge(registry.status("/api/cases/" + acknowledged.get(0) + "/history"), 1, Integer::sum);
                }
                Files.delete(filler);
                for (int i = 0; i < 5; i++) assertThat(register(registry, acknowledged)).as("room again, no restart").isEqualTo(201);
            }
            System.out.printf("[disk] 60 writes with 300 KB left: %s, reads between them: %s; %d acknowledged in all%n",
                    whileFull, readsWhileFull, acknowledged.size());
            assertThat(whileFull.keySet()).as("stored (201) or refused for the disk (503)").containsOnly(201, 503).contains(503);
            assertThat(readsWhileFull.keySet()).as("reads served, or refused for the disk").containsOnly(200, 503);
            try (RegistryProcess restarted = RegistryProcess.start(data, RegistryProcess.freePort())) {
                for (String caseId : acknowledged) assertThat(restarted.status("/api/cases/" + caseId + "/history")).as(caseId).isEqualTo(200);
            }
        } finally {
            run("umount", mountPoint.toString());
        }
    }

    private int register(RegistryProcess registry, List<String> acknowledged) throws Exception {
        return registerAnswer(registry, acknowledged).statusCode();
    }

    private HttpResponse<String> registerAnswer(RegistryProcess registry, List<String> acknowledged) throws Exception {
        String caseId = UUID.randomUUID().toString();
        ObjectNode body = json.valueToTree(registrationAt("IT-BO-01", "P-DISK-1"));
        body.put("caseId", caseId);
        HttpResponse<String> answer = registry.post("/api/cases", registry.clinician(), json.writeValueAsString(body));
        if (answer.statusCode() == 201) acknowledged.add(caseId);
        return answer;
    }

    private static void fill(Path file, long bytes) throws Exception {
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] block = new byte[64 * 1024];
            for (long written = 0; written < bytes; written += block.length) out.write(block, 0, (int) Math.min(block.length, bytes - written));
        }
    }

    private static int run(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (Exception cannot) {
            return -1;
        }
    }
}
