package io.boneregistry.outcomes.worklist;

import io.boneregistry.api.cases.CaseSummary;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.outcomes.export.Csv;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The missing-data report a unit works through: every answer an entry of an open or closed case still
 * lacks (docs/api.md#completeness), one row per entry and field, by centre and patient. Cases
 * entered in error are not on it.
 */
public final class MissingData {

    public static final List<String> COLUMNS = List.of("centre_id", "case_id", "patient_pseudonym", "entry", "entry_id", "field");

    /** One answer missing from one entry of a case. */
    public record Row(String centreId, String caseId, String patientPseudonym, EntryKind entry, String entryId, String field) {
    }

    private MissingData() {
    }

    public static List<Row> of(List<CaseSummary> cases) {
        List<Row> rows = new ArrayList<>();
        for (CaseSummary summary : cases) {
            if (summary.enteredInError()) continue;
            summary.missing().forEach((key, fields) -> {
                String[] parts = key.split("/", 2);
                for (String field : fields) {
                    rows.add(new Row(summary.centreId(), summary.caseId(), summary.patientPseudonym(), EntryKind.valueOf(parts[0]),
                            parts.length > 1 ? parts[1] : null, field));
                }
            });
        }
        rows.sort(Comparator.comparing(Row::centreId).thenComparing(Row::caseId).thenComparing(Row::entry));
        return rows;
    }

    public static void writeCsv(List<Row> rows, Writer out) {
        Csv csv = new Csv(out);
        csv.row(COLUMNS);
        rows.forEach(row -> csv.row(List.of(row.centreId(), row.caseId(), nullable(row.patientPseudonym()), row.entry(),
                nullable(row.entryId()), row.field())));
    }

    private static Object nullable(String text) {
        return text == null ? "" : text;
    }
}
