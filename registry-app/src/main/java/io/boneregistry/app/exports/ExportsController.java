package io.boneregistry.app.exports;

import io.boneregistry.app.exportlog.RecordedExport;
import io.boneregistry.app.outcomes.FilterParams;
import io.boneregistry.app.outcomes.SettingsParams;
import io.boneregistry.app.security.CentreScoped;
import io.boneregistry.app.web.FieldProblem;
import io.boneregistry.app.web.InvalidRequestException;
import io.boneregistry.outcomes.export.AnalysisCsv;
import io.boneregistry.outcomes.export.Csv;
import io.boneregistry.outcomes.export.DataDictionary;
import io.boneregistry.outcomes.export.DatasetPages;
import io.boneregistry.outcomes.export.Deidentification;
import io.boneregistry.outcomes.fhir.FhirExport;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The registry's exports: the analysis CSV and its data dictionary, FHIR R4, and the event
 * archive. Each is de-identified unless a registry manager asks otherwise, says so in its
 * headers (and in /api/exports/manifest), and is written as it is read.
 */
@RestController
@CentreScoped(CentreScoped.Scope.REGISTRY)
class ExportsController {

    static final String DEIDENTIFIED_HEADER = "X-Deidentified";
    static final String MANIFEST_HEADER = "X-Export-Manifest";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final DatasetPages pages;
    private final EventArchive archive;

    ExportsController(DatasetPages pages, EventArchive archive) {
        this.pages = pages;
        this.archive = archive;
    }

    @GetMapping("/api/exports/analysis.csv")
    @RecordedExport("analysis.csv")
    ResponseEntity<StreamingResponseBody> analysis(@Valid FilterParams filter, @Valid SettingsParams settings,
                                                   @RequestParam(defaultValue = "false") boolean freeText) {
        Deidentification deidentification = Deidentification.forOneExport(freeText);
        return stream(CSV, "analysis.csv", deidentification,
                out -> AnalysisCsv.write(pages.of(filter.filter()), settings.settings(), deidentification, out));
    }

    @GetMapping("/api/exports/treated-levels.csv")
    @RecordedExport("treated-levels.csv")
    ResponseEntity<StreamingResponseBody> treatedLevels(@Valid FilterParams filter, @Valid SettingsParams settings) {
        Deidentification deidentification = Deidentification.forOneExport(false);
        return stream(CSV, "treated-levels.csv", deidentification,
                out -> AnalysisCsv.writeLevels(pages.of(filter.filter()), settings.settings(), deidentification, out));
    }

    @GetMapping(value = {"/api/exports/data-dictionary", "/api/exports/data-dictionary.json"}, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> dataDictionary(@Valid SettingsParams settings) {
        return Map.of("columns", DataDictionary.entries(settings.settings()), "missingValues", DataDictionary.MISSING_VALUES,
                "formulaCells", Csv.FORMULA_CELLS,
                "settings", settings.settings(), "deidentification", Deidentification.forOneExport(false).statements());
    }

    @GetMapping(value = {"/api/exports/data-dictionary", "/api/exports/data-dictionary.csv"}, produces = "text/csv")
    ResponseEntity<StreamingResponseBody> dataDictionaryCsv(@Valid SettingsParams settings) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"data-dictionary.csv\"")
                .body(body(out -> DataDictionary.writeCsv(DataDictionary.entries(settings.settings()), out)));
    }

    @GetMapping("/api/exports/fhir")
    @RecordedExport("fhir")
    ResponseEntity<StreamingResponseBody> fhir(@Valid FilterParams filter, @RequestParam(defaultValue = "json") String format,
                                               @RequestParam(name = "_type", required = false) String types,
                                               @RequestParam(defaultValue = "false") boolean freeText) {
        Set<String> only = resourceTypes(types);
        Deidentification deidentification = Deidentification.forOneExport(freeText);
        return switch (format) {
            case "json" -> {
                if (!only.isEmpty()) throw invalid("_type", "only with format=ndjson");
                yield stream(MediaType.parseMediaType(FhirExport.FHIR_JSON), "bone-registry.fhir.json", deidentification,
                        out -> FhirExport.writeBundle(pages.of(filter.filter()), deidentification, out));
            }
            case "ndjson" -> stream(MediaType.parseMediaType(FhirExport.FHIR_NDJSON), "bone-registry.fhir.ndjson", deidentification,
                    out -> FhirExport.writeNdjson(pages.of(filter.filter()), deidentification, only, out));
            default -> throw invalid("format", "json or ndjson");
        };
    }

    @GetMapping("/api/exports/events.ndjson")
    @RecordedExport("events.ndjson")
    ResponseEntity<StreamingResponseBody> events(@RequestParam(defaultValue = "-1") @Min(-1) long after,
                                                 @RequestParam(required = false) @Min(1) Long limit,
                                                 @RequestParam(defaultValue = "false") boolean identified,
                                                 @RequestParam(defaultValue = "false") boolean freeText) {
        Deidentification deidentification = identified ? null : Deidentification.forOneExport(freeText);
        return stream(NDJSON, "events.ndjson", deidentification, out -> archive.write(after, limit, deidentification, out));
    }

    /** What every export does to de-identify, and where each export and its dictionary are. */
    @GetMapping("/api/exports/manifest")
    Map<String, Object> manifest() {
        return Map.of(
                "deidentification", Deidentification.forOneExport(false).statements(),
                "exports", List.of(
                        Map.of("path", "/api/exports/analysis.csv", "format", "RFC 4180 CSV, UTF-8, one row per procedure",
                                "dictionary", "/api/exports/data-dictionary"),
                        Map.of("path", "/api/exports/treated-levels.csv", "format", "RFC 4180 CSV, UTF-8, one row per technique step and the site and level it treated",
                                "dictionary", "/api/exports/data-dictionary"),
                        Map.of("path", "/api/exports/fhir", "format", "FHIR R4 collection Bundle, or ?format=ndjson (Bulk Data style, _type to choose resource types)"),
                        Map.of("path", "/api/exports/events.ndjson", "format", "one event envelope per line in global order, resumable with ?after=<position>"),
                        Map.of("path", "/api/reports/audit.pdf", "format", "printable audit report (aggregates only)")),
                "loosening", "freeText=true (and identified=true on the event archive) only for the REGISTRY_MANAGER role");
    }

    private ResponseEntity<StreamingResponseBody> stream(MediaType type, String filename, Deidentification deidentification,
                                                         Consumer<Writer> writer) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .header(DEIDENTIFIED_HEADER, deidentification == null ? "no: identified, as a registry manager asked"
                        : "study ids of this export only; dates as days since referral plus year; ages over 89 as 90+; "
                        + (deidentification.keepsFreeText() ? "free text kept" : "no free text"))
                .header(MANIFEST_HEADER, "/api/exports/manifest")
                .body(body(writer));
    }

    private static StreamingResponseBody body(Consumer<Writer> writer) {
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            writer.accept(out);
            out.flush();
        };
    }

    private static Set<String> resourceTypes(String types) {
        if (types == null || types.isBlank()) return Set.of();
        Set<String> asked = new LinkedHashSet<>(Arrays.asList(types.split(",")));
        for (String type : asked) {
            if (!FhirExport.RESOURCE_TYPES.contains(type)) throw invalid("_type", "'" + type + "' is not one of " + FhirExport.RESOURCE_TYPES);
        }
        return asked;
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new FieldProblem(field, message)));
    }
}
