package io.boneregistry.app.reports;

import io.boneregistry.app.exportlog.RecordedExport;
import io.boneregistry.app.outcomes.PeriodParams;
import io.boneregistry.app.outcomes.SettingsParams;
import io.boneregistry.app.security.CentreScoped;
import io.boneregistry.outcomes.OutcomeReports;
import io.boneregistry.outcomes.auditreport.AuditReport;
import io.boneregistry.outcomes.auditreport.AuditReportPdf;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;

/** The printable audit report a quality committee files: aggregates only, of any centre, for auditors and managers. */
@RestController
@CentreScoped(CentreScoped.Scope.REGISTRY)
class ReportsController {

    private final OutcomeReports reports;

    ReportsController(OutcomeReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/reports/audit.pdf")
    @RecordedExport("audit.pdf")
    ResponseEntity<byte[]> audit(@Valid PeriodParams period, @Valid SettingsParams settings) {
        String centreId = period.centreId();
        AuditReport report = reports.audit(centreId, period.from(), period.to(), settings.settings());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        AuditReportPdf.write(report, pdf);
        String name = "audit-report-" + (centreId == null ? "all-centres" : centreId.replaceAll("[^A-Za-z0-9-]", "")) + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
                .body(pdf.toByteArray());
    }
}
