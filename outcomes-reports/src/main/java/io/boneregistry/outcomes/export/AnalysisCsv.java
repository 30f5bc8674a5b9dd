package io.boneregistry.outcomes.export;

import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;

import java.io.Writer;
import java.util.List;

/** The analysis dataset as a CSV file: a header, then one row per procedure, de-identified, written as it is read. */
public final class AnalysisCsv {

    private AnalysisCsv() {
    }

    public static void write(CaseRows cases, OutcomeSettings settings, Deidentification deidentification, Writer out) {
        List<Column<ExportedProcedure>> columns = AnalysisColumns.written(deidentification.keepsFreeText());
        Csv csv = new Csv(out);
        csv.row(columns.stream().map(Column::name).toList());
        cases.forEachCase(rows -> {
            String studyId = deidentification.studyId(rows.get(0).caseId());
            for (ProcedureRow row : rows) {
                ExportedProcedure procedure = ExportedProcedure.of(row, studyId, settings);
                csv.row(columns.stream().map(column -> column.value().apply(procedure)).toList());
            }
        });
    }
}
