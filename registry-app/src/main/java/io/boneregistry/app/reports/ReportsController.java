package io.boneregistry.app.reports;

import io.boneregistry.app.outcomes.SettingsParams;
import io.boneregistry.app.web.FieldProblem;
import io.boneregistry.app.web.InvalidRequestException;
import io.boneregistry.outcomes.OutcomeReports;
import io.boneregistry.outcomes.auditreport.AuditReport;
import io.boneregistry.outcomes.auditreport.AuditReportPdf;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

/** The printable audit report a quality committee files. */
@RestController
class ReportsController {

    private final OutcomeReports reports;

    ReportsController(OutcomeReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/reports/audit.pdf")
    ResponseEntity<byte[]> audit(@RequestParam(required = false) String centreId,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @Valid SettingsParams settings) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException(List.of(new FieldProblem("to", "must not be before from")));
        }
        AuditReport report = reports.audit(centreId, from, to, settings.settings());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        AuditReportPdf.write(report, pdf);
        String name = "audit-report-" + (centreId == null ? "all-centres" : centreId.replaceAll("[^A-Za-z0-9-]", "")) + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
                .body(pdf.toByteArray());
    }
}
