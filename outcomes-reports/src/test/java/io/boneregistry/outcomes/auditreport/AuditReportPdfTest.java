package io.boneregistry.outcomes.auditreport;

import io.boneregistry.api.analysis.ConformanceEvaluation;
import io.boneregistry.api.analysis.ConformanceTallies;
import io.boneregistry.api.analysis.ConformanceTallies.RuleTally;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.RuleStatus;
import io.boneregistry.outcomes.benchmark.Benchmark;
import io.boneregistry.outcomes.benchmark.BenchmarkReport;
import io.boneregistry.outcomes.benchmark.BenchmarkRows;
import io.boneregistry.outcomes.benchmark.DatasetFilter;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import io.boneregistry.outcomes.benchmark.Rows;
import io.boneregistry.outcomes.conformance.ConformanceReport;
import io.boneregistry.outcomes.conformance.ConformanceRows;
import io.boneregistry.outcomes.funnel.FunnelPlots;
import io.boneregistry.outcomes.funnel.UnitKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditReportPdfTest {

    @Test
    void thePdfOpensAndShowsTheBenchmarkTableWithVerdictsFunnelsConformanceAndDefinitions() throws Exception {
        List<ProcedureRow> own = Rows.times(30, () -> Rows.cementoplasty().by("IT-BO-01", "OP-1").leaking());
        List<ProcedureRow> rows = new ArrayList<>(own);
        rows.addAll(Rows.times(20, () -> Rows.cementoplasty().by("IT-MI-02", "OP-2")));
        OutcomeSettings settings = OutcomeSettings.defaults();
        ConformanceTallies conformance = new ConformanceTallies(List.of(new RuleTally("R-CRYO-CYCLES", "IT-BO-01", 2, 1, 1, 0, 0)),
                List.of(evaluation("case-2", "R-CRYO-CYCLES", RuleStatus.DEVIATED)));
        AuditReport report = new AuditReport("IT-BO-01", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Instant.parse("2026-01-10T09:00:00Z"),
                settings, new BenchmarkReport(settings, DatasetFilter.all(), false, BenchmarkRows.all(own, settings)),
                List.of(FunnelPlots.of(Benchmark.CEMENT_LEAK, UnitKind.CENTRE, rows, settings, false)),
                new ConformanceReport("IT-BO-01", null, null, ConformanceRows.of(conformance)));

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        AuditReportPdf.write(report, pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Bone tumour registry audit report");
            assertThat(text).contains("centre IT-BO-01", "from 2025-01-01 to 2025-12-31");
            for (Benchmark benchmark : Benchmark.values()) assertThat(text).contains(benchmark.id());
            assertThat(text).contains("BM-CEMENT-LEAK cement leakage 30 30 0 100.0 % 88.4 % to 100.0 % 38.0 %-72.5 % WORSE");
            assertThat(text).contains("BM-CEMENT-PE pulmonary embolism 30 0 0 0.0 %", "< 1.0 %", "INSUFFICIENT DATA");
            assertThat(text.replaceAll("\\s+", " ")).as("each figure as the text gives it, quoted, with its caution")
                    .contains("<= 75.0 %", "> 85.0 %", "più frequentemente nel fegato", "most often of the liver");
            assertThat(text).contains("Funnel plots by centre", "BM-CEMENT-LEAK by centre");
            assertThat(text).contains("R-CRYO-CYCLES", "50.0 %");
            assertThat(text).contains("Pain assessment follow-up: closest to day 28 within days 7-56");
        }
    }

    private static ConformanceEvaluation evaluation(String caseId, String ruleId, RuleStatus status) {
        return new ConformanceEvaluation(caseId, "IT-BO-01", EntryKind.PROCEDURE, caseId + "-p1", LocalDate.of(2025, 3, 1), ruleId,
                status, "detail", null, true);
    }
}
