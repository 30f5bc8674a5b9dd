package io.boneregistry.outcomes.export;

import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.analysis.TreatedLevelRow;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;

import java.io.Writer;
import java.util.List;

/** The treated levels as a CSV file: a header, then one row per technique step, de-identified, written as it is read. */
public final class LevelsCsv {

    private LevelsCsv() {
    }

    public static void write(CaseRows cases, OutcomeSettings settings, Deidentification deidentification, Writer out) {
        List<Column<ExportedLevel>> columns = LevelColumns.all();
        Csv csv = new Csv(out);
        csv.row(columns.stream().map(Column::name).toList());
        cases.forEachCase(rows -> {
            String studyId = deidentification.studyId(rows.get(0).caseId());
            for (ProcedureRow row : rows) {
                ExportedProcedure procedure = ExportedProcedure.of(row, studyId, settings);
                for (TreatedLevelRow level : row.levels()) {
                    ExportedLevel exported = new ExportedLevel(procedure, level);
                    csv.row(columns.stream().map(column -> column.value().apply(exported)).toList());
                }
            }
        });
    }
}
