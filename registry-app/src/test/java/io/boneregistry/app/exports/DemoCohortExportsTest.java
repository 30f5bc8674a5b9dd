package io.boneregistry.app.exports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.app.DemoRegistryTest;
import io.boneregistry.app.ReadModels;
import io.boneregistry.cohort.DemoCohort;
import io.boneregistry.outcomes.benchmark.Benchmark;
import io.boneregistry.outcomes.export.AnalysisColumns;
import io.boneregistry.outcomes.export.Column;
import io.boneregistry.outcomes.fhir.FhirValidation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static io.boneregistry.app.Downloads.download;
import static io.boneregistry.app.TestRequesters.MANAGER;
import static io.boneregistry.app.TestRequesters.getAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exports on the demo cohort: the CSV recounts every published benchmark, no default export
 * lets a patient be found, the event archive is complete and resumable, the FHIR resources are
 * valid R4, and the audit PDF holds the benchmark table.
 */
@DemoRegistryTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCohortExportsTest {

    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The demo cohort's free text: pain origins, biopsy reasons, complication descriptions. */
    private static final List<String> FREE_TEXT = List.of("night pain relieved", "mechanical pain", "histology needed", "typical imaging",
            "seen on the ward");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private JdbcTemplate jdbc;

    private List<JsonNode> identifiedEvents;

    @BeforeAll
    void everyProjectionHasReadTheWholeCohort() throws Exception {
        ReadModels.awaitCaughtUp(mvc, json, Duration.ofMinutes(3));
        identifiedEvents = lines(download(mvc, getAs(MANAGER, "/api/exports/events.ndjson?identified=true&freeText=true")));
    }

    @Test
    void theAnalysisCsvAndTheDatasetReproduceEveryPublishedBenchmarkFromItsDefinitionsAlone() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "reproduce"));
        Path csv = folder.resolve("analysis.csv");
        Path benchmarks = folder.resolve("benchmarks.json");
        Files.writeString(csv, download(mvc, getAs(MANAGER, "/api/exports/analysis.csv")));
        Files.writeString(benchmarks, download(mvc, getAs(MANAGER, "/api/outcomes/benchmarks")));
        for (String script : List.of("reproduce_benchmarks.py", "reproduce_from_csv.py")) {
            try (InputStream in = getClass().getResourceAsStream("/reproduce/" + script)) {
                Files.write(folder.resolve(script), in.readAllBytes());
            }
        }
        assertThat(recount(folder, "reproduce_from_csv.py", csv, benchmarks)).contains("22 of 22 benchmarks reproduced");

        Path dataset = folder.resolve("dataset.json");
        Files.writeString(dataset, download(mvc, getAs(MANAGER, "/api/outcomes/dataset")));
        assertThat(recount(folder, "reproduce_benchmarks.py", dataset, benchmarks)).as("the same from the dataset's JSON")
                .contains("22 of 22 benchmarks reproduced");
    }

    private static String recount(Path folder, String script, Path data, Path benchmarks) throws Exception {
        Process python = new ProcessBuilder("python3", folder.resolve(script).toString(), data.toString(), benchmarks.toString())
                .redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).as(output).isZero();
        return output;
    }

    @Test
    void theCsvHeaderIsTheDataDictionary() throws Exception {
        String header = download(mvc, getAs(MANAGER, "/api/exports/analysis.csv")).lines().findFirst().orElseThrow();
        JsonNode dictionary = json.readTree(download(mvc, getAs(MANAGER, "/api/exports/data-dictionary")));
        String dictionaryCsv = download(mvc, getAs(MANAGER, "/api/exports/data-dictionary.csv"));

        List<String> written = AnalysisColumns.written(false).stream().map(Column::name).toList();
        assertThat(List.of(header.split(","))).containsExactlyElementsOf(written);
        assertThat(dictionary.get("columns").findValuesAsText("name")).containsAll(written);
        assertThat(dictionary.at("/settings/painWindowTarget").asInt()).isEqualTo(28);
        assertThat(dictionaryCsv.lines().count()).isGreaterThan(written.size());
    }

    @Test
    void noDefaultExportHoldsAPseudonymACaseIdFreeTextOrAFullDate() throws Exception {
        Set<String> pseudonyms = new HashSet<>();
        Set<String> caseIds = new HashSet<>();
        for (JsonNode event : identifiedEvents) {
            caseIds.add(event.get("caseId").asText());
            JsonNode pseudonym = event.at("/payload/registration/patientPseudonym");
            if (!pseudonym.isMissingNode()) pseudonyms.add(pseudonym.asText());
        }
        assertThat(pseudonyms).hasSize(DemoCohort.DEMO_SIZE);
        assertThat(identifiedEvents.toString()).contains(FREE_TEXT);

        for (String path : List.of("/api/exports/analysis.csv", "/api/exports/fhir", "/api/exports/fhir?format=ndjson", "/api/exports/events.ndjson")) {
            String export = download(mvc, getAs(MANAGER, path));
            assertThat(FULL_DATE.matcher(export).find()).as(path + " holds a full date").isFalse();
            assertThat(export).as(path).doesNotContain(FREE_TEXT);
            List<String> found = words(export).stream().filter(word -> pseudonyms.contains(word) || caseIds.contains(word)).limit(5).toList();
            assertThat(found).as(path + ": pseudonyms or case ids").isEmpty();
        }
        assertThat(download(mvc, getAs(MANAGER, "/api/exports/analysis.csv"))).as("the demo cohort has patients over 89").contains(",90+,");
    }

    @Test
    void theEventArchiveHoldsEveryEventInOrderAndResumesFromAPosition() throws Exception {
        Long stored = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        assertThat((long) identifiedEvents.size()).isEqualTo(stored);
        List<Long> positions = identifiedEvents.stream().map(event -> event.get("position").asLong()).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        assertThat(identifiedEvents.get(0).get("type").asText()).isEqualTo("CaseRegistered");
        assertThat(identifiedEvents.get(0).at("/metaData/userId").asText()).isNotBlank();

        List<JsonNode> first = lines(download(mvc, getAs(MANAGER, "/api/exports/events.ndjson?identified=true&limit=100")));
        long last = first.get(first.size() - 1).get("position").asLong();
        List<JsonNode> next = lines(download(mvc, getAs(MANAGER, "/api/exports/events.ndjson?identified=true&limit=100&after=" + last)));

        assertThat(first).hasSize(100);
        assertThat(next.stream().map(event -> event.get("eventId").asText()).toList())
                .containsExactlyElementsOf(identifiedEvents.subList(100, 200).stream().map(event -> event.get("eventId").asText()).toList());
    }

    @Test
    void theDeidentifiedArchiveKeepsTheClinicalContentWithDaysInsteadOfDates() throws Exception {
        List<JsonNode> events = lines(download(mvc, getAs(MANAGER, "/api/exports/events.ndjson?limit=300")));
        JsonNode registered = events.stream().filter(event -> event.get("type").asText().equals("CaseRegistered")).findFirst().orElseThrow();

        assertThat(registered.at("/payload/registration/referralDate/daysSinceReferral").asInt()).isZero();
        assertThat(registered.at("/payload/registration/ageAtReferral").asText()).isNotBlank();
        assertThat(registered.at("/payload/registration/patientPseudonym").isMissingNode()).isTrue();
        assertThat(registered.get("caseId").asText()).startsWith("S-");
        JsonNode procedure = events.stream().filter(event -> event.get("type").asText().equals("ProcedurePerformed")).findFirst().orElseThrow();
        assertThat(procedure.at("/payload/procedure/steps").size()).isPositive();
        assertThat(procedure.at("/payload/procedure/performedOn/daysSinceReferral").asInt()).isPositive();
        assertThat(procedure.at("/timestamp/year").asInt()).isGreaterThan(2000);
    }

    @Test
    void everyFhirResourceOfTheDemoCohortsFirstCasesIsValidR4() throws Exception {
        List<String> ndjson = download(mvc, getAs(MANAGER, "/api/exports/fhir?format=ndjson")).lines().toList();
        Bundle bundle = FhirValidation.R4.newJsonParser().parseResource(Bundle.class, download(mvc, getAs(MANAGER, "/api/exports/fhir")));

        assertThat(bundle.getEntry()).hasSameSizeAs(ndjson);
        List<String> errors = new ArrayList<>();
        Set<String> types = new HashSet<>();
        for (String line : ndjson.subList(0, 400)) {
            IBaseResource resource = FhirValidation.R4.newJsonParser().parseResource(line);
            types.add(resource.fhirType());
            errors.addAll(FhirValidation.errors(resource));
        }
        assertThat(errors).isEmpty();
        assertThat(types).contains("Patient", "Condition", "Procedure", "Observation", "AdverseEvent");
        assertThat(download(mvc, getAs(MANAGER, "/api/exports/fhir?format=ndjson&_type=Patient")).lines().count()).isEqualTo(DemoCohort.DEMO_SIZE);
    }

    @Test
    void theAuditPdfOpensWithTheBenchmarkTableAndTheCentresFunnels() throws Exception {
        byte[] pdf = mvc.perform(getAs(MANAGER, "/api/reports/audit.pdf?centreId=" + DemoCohort.WORSE_CENTRE)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Files.write(Path.of("target", "audit-report-demo.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (Benchmark benchmark : Benchmark.values()) assertThat(text).contains(benchmark.id());
            assertThat(text).contains("centre " + DemoCohort.WORSE_CENTRE, "BM-CEMENT-LEAK by centre", "R-ETHANOL-CONTRAST");
            String leakRow = text.lines().filter(line -> line.startsWith("BM-CEMENT-LEAK cement leakage")).findFirst().orElseThrow();
            assertThat(leakRow).endsWith("WORSE");
        }
    }

    private List<JsonNode> lines(String ndjson) {
        return ndjson.lines().map(line -> {
            try {
                return json.readTree(line);
            } catch (Exception e) {
                throw new IllegalStateException(line, e);
            }
        }).toList();
    }

    private static Set<String> words(String text) {
        return new HashSet<>(List.of(text.split("[^A-Za-z0-9-]+")));
    }
}
