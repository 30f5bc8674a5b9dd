package io.boneregistry.app.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.app.ReadModels;
import io.boneregistry.app.RegistryTest;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.boneregistry.app.Downloads.download;
import static io.boneregistry.app.TestRequesters.MANAGER;
import static io.boneregistry.app.TestRequesters.getAs;
import static io.boneregistry.app.TestRequesters.postAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A registry directory written by an earlier version (test resources' {@code stored-by-930c7d0}:
 * a 40-case demo cohort plus one case walked through every entry and amendment over HTTP, and one
 * erased, by {@code entries-through-the-api.py}; kept as H2's {@code SCRIPT} of that registry's
 * database, every table as it stood, and loaded into a fresh H2 file) starts with this version,
 * rebuilds every projection from the events, and answers the benchmarks that version answered. Beside it,
 * one event of every type as that version stored it ({@code events/}, sealed personal fields and
 * all) reads back through this version's upcasters as today's event, saying all it said.
 */
@RegistryTest
class RegistryWrittenByEarlierVersionTest {

    private static final Path WRITTEN = Path.of("src/test/resources/stored-by-930c7d0");
    /** Benchmarks whose definition changed on purpose since that version, and why (README, release notes). */
    private static final Map<String, String> REDEFINED = Map.ofEntries(
            Map.entry("BM-CEMENT-LEAK", "issue 27: a vertebra once per level; the verdict reads the patients' clustered interval"),
            Map.entry("BM-CEMENT-PE", "issue 27: complications within 30 days; \"< 1 %\" targets 1 %"),
            Map.entry("BM-CEMENT-INFECTION", "issue 27: as BM-CEMENT-PE"),
            Map.entry("BM-CEMENT-FRACTURE", "issue 27: as BM-CEMENT-PE, and a follow-up's fracture at the treated site"),
            Map.entry("BM-CEMENT-MINOR", "issue 27: per patient (\"dei Pazienti\"), within 30 days"),
            Map.entry("BM-ETHANOL-PAIN", "issue 27: any decrease (\"una diminuzione\")"),
            Map.entry("BM-ETHANOL-DURATION", "issue 27: the responders are ethanol's (any decrease)"),
            Map.entry("BM-ETHANOL-FEVER", "issue 27: within 30 days"),
            Map.entry("BM-LASER-MAJOR", "issue 27: per patient (\"dei pazienti\"), within 30 days; \"< 0.5 %\" targets 0.5 %"),
            Map.entry("BM-LASER-RECUR", "issue 27: followed to day 180 unless recurred"),
            Map.entry("BM-RFA-OO-RECUR", "issue 27: followed to day 180 unless recurred"),
            Map.entry("BM-RFA-OB-RECUR", "issue 27: followed to day 180 unless recurred"),
            Map.entry("BM-RFA-OBA-RECUR", "issue 27: followed to day 180 unless recurred"),
            Map.entry("BM-RFA-OO-SUCCESS", "issue 27: no single session asked; \"> 85 %\" is [85 %, 100 %]"),
            Map.entry("BM-CRYO-PAIN", "issue 27: \"≤ 75 %\" is [0, 75 %], never worse"),
            Map.entry("BM-CRYO-SHOCK", "issue 27: within 30 days"),
            Map.entry("BM-RFI-NEURALGIA", "issue 27: a reduction in intensity counts; \"≤ 87 %\" is [0, 87 %], never worse"));

    @TempDir
    static Path directory;

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private Configuration axon;

    @DynamicPropertySource
    static void onTheEarlierDirectory(DynamicPropertyRegistry properties) throws SQLException {
        String url = "jdbc:h2:file:" + directory.resolve("registry") + ";LOB_TIMEOUT=5000;WRITE_DELAY=0";
        try (Connection database = DriverManager.getConnection(url, "sa", ""); Statement load = database.createStatement()) {
            load.execute("RUNSCRIPT FROM '" + WRITTEN.resolve("registry.sql").toAbsolutePath() + "'");
            load.execute("SHUTDOWN");
        }
        properties.add("registry.data-dir", directory::toString);
        properties.add("spring.datasource.url", () -> url);
    }

    @Test
    void startsRebuildsAndAnswersTheSameBenchmarks() throws Exception {
        for (String projection : ReadModels.PROJECTIONS) {
            mvc.perform(postAs(MANAGER, "/api/admin/projections/" + projection + "/rebuild")).andExpect(status().isAccepted());
            ReadModels.awaitCaughtUp(mvc, json, projection, Duration.ofMinutes(2));
        }

        assertThat(json.readTree(download(mvc, getAs(MANAGER, "/api/cases?size=100"))).get("content")).hasSize(45);
        Map<String, JsonNode> now = byBenchmark(json.readTree(download(mvc, getAs(MANAGER, "/api/outcomes/benchmarks"))));
        Map<String, JsonNode> then = byBenchmark(json.readTree(WRITTEN.resolve("benchmarks.json").toFile()));
        assertThat(now.keySet()).isEqualTo(then.keySet()).hasSize(22 - REDEFINED.size());
        then.forEach((benchmark, row) -> assertSaysEverything(now.get(benchmark), row, benchmark));
    }

    @ParameterizedTest
    @MethodSource("storedEvents")
    void everyEventTypeAsStoredThenReadsBackSayingAllItSaid(Path file) throws Exception {
        JsonNode stored = json.readTree(file.toFile());
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("BoneTumourCase", stored.at("/payload/caseId").asText(), 1,
                "e-1", "2026-12-07T02:36:00Z", stored.get("type").asText(), stored.get("revision").asText(),
                json.writeValueAsBytes(stored.get("payload")), "{}".getBytes());

        List<IntermediateEventRepresentation> upcast = axon.upcasterChain()
                .upcast(Stream.of(new InitialEventRepresentation(row, axon.eventSerializer()))).toList();
        assertThat(upcast).hasSize(1);
        Object event = axon.eventSerializer().deserialize(upcast.get(0).getData());

        assertThat(event.getClass().getName()).isEqualTo(stored.get("type").asText());
        assertThat(upcast.get(0).getType().getRevision()).as("read at today's revision")
                .isEqualTo(event.getClass().getAnnotation(Revision.class).value());
        assertSaysEverything(json.valueToTree(event), stored.get("payload"), "");
    }

    static Stream<Path> storedEvents() throws IOException {
        return Files.list(WRITTEN.resolve("events")).sorted();
    }

    /** Every field of {@code stored} is in {@code read} with the same value, a sealed one opened (read may say more). */
    private static void assertSaysEverything(JsonNode read, JsonNode stored, String path) {
        if (stored.isObject()) {
            stored.fields().forEachRemaining(field -> {
                assertThat(read.has(field.getKey())).as(path + "/" + field.getKey() + " is read back").isTrue();
                assertSaysEverything(read.get(field.getKey()), field.getValue(), path + "/" + field.getKey());
            });
        } else if (stored.isArray()) {
            assertThat(read.size()).as(path + " items").isEqualTo(stored.size());
            for (int i = 0; i < stored.size(); i++) assertSaysEverything(read.get(i), stored.get(i), path + "[" + i + "]");
        } else if (stored.asText().startsWith("sealed:v1:")) {
            assertThat(read.asText()).as(path + " opened").isNotBlank().doesNotStartWith("sealed:");
        } else {
            assertThat(read.isNumber() && stored.isNumber() ? read.decimalValue().compareTo(stored.decimalValue()) == 0 : read.equals(stored))
                    .as(path + ": read " + read + ", stored " + stored).isTrue();
        }
    }

    /** Each benchmark's row (counts, intervals, verdict; a row may say more today), without those redefined on purpose. */
    private static Map<String, JsonNode> byBenchmark(JsonNode report) {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        report.get("rows").forEach(row -> {
            if (!REDEFINED.containsKey(row.get("benchmarkId").asText())) rows.put(row.get("benchmarkId").asText(), row);
        });
        return rows;
    }
}
