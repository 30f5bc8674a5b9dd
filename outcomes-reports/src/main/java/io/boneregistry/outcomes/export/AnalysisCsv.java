package io.boneregistry.outcomes.export;

import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;

import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * The analysis exports as CSV files, de-identified and written as they are read: analysis.csv, a
 * row per procedure, and treated-levels.csv, a row per technique step and the level it treated.
 */
public final class AnalysisCsv {

    private AnalysisCsv() {
    }

    public static void write(CaseRows cases, OutcomeSettings settings, Deidentification deidentification, Writer out) {
        write(AnalysisColumns.written(deidentification.keepsFreeText()), procedure -> List.of(procedure), cases, settings, deidentification, out);
    }

    public static void writeLevels(CaseRows cases, OutcomeSettings settings, Deidentification deidentification, Writer out) {
        write(LevelColumns.all(), procedure -> procedure.row().levels().stream().map(level -> new ExportedLevel(procedure, level)).toList(),
                cases, settings, deidentification, out);
    }

    /** A header, then the rows {@code rowsOf} makes of each procedure, its case's study id made once per case. */
    private static <T> void write(List<Column<T>> columns, Function<ExportedProcedure, List<T>> rowsOf, CaseRows cases,
                                  OutcomeSettings settings, Deidentification deidentification, Writer out) {
        Csv csv = new Csv(out);
        csv.row(columns.stream().map(Column::name).toList());
        cases.forEachCase(rows -> {
            String studyId = deidentification.studyId(rows.get(0).caseId());
            for (ProcedureRow row : rows) {
                for (T exported : rowsOf.apply(ExportedProcedure.of(row, studyId, settings))) {
                    csv.row(columns.stream().map(column -> column.value().apply(exported)).toList());
                }
            }
        });
    }
}
