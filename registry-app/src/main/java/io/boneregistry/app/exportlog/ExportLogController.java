package io.boneregistry.app.exportlog;

import io.boneregistry.app.security.CentreScoped;
import io.boneregistry.outcomes.export.Csv;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The export log for registry managers (the admin paths are theirs), newest first, as JSON or CSV. */
@RestController
@Validated
@CentreScoped(CentreScoped.Scope.REGISTRY)
class ExportLogController {

    private final ExportLog log;

    ExportLogController(ExportLog log) {
        this.log = log;
    }

    @GetMapping("/api/admin/export-log")
    List<ExportLog.Entry> entries(@RequestParam(defaultValue = "100") @Min(1) @Max(10_000) int limit,
                                  @RequestParam(required = false) Long before) {
        return log.newest(limit, before);
    }

    @GetMapping("/api/admin/export-log.csv")
    ResponseEntity<String> csv(@RequestParam(defaultValue = "10000") @Min(1) @Max(10_000) int limit,
                               @RequestParam(required = false) Long before) {
        StringWriter out = new StringWriter();
        Csv csv = new Csv(out);
        csv.row(List.of("id", "recorded_at", "user_id", "user_name", "role", "export", "settings"));
        for (ExportLog.Entry entry : log.newest(limit, before)) {
            csv.row(Arrays.asList(entry.id(), entry.recordedAt().toString(), entry.userId(), entry.userName(), entry.role(),
                    entry.export(), entry.settings()));
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"export-log.csv\"").body(out.toString());
    }
}
