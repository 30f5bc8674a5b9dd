package io.boneregistry.outcomes.export;

import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.assessment.VertebralLevel;
import io.boneregistry.api.procedure.Anaesthesia;
import io.boneregistry.api.procedure.LeakImaging;
import io.boneregistry.api.procedure.Technique;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static io.boneregistry.outcomes.export.ColumnType.BOOLEAN;
import static io.boneregistry.outcomes.export.ColumnType.INTEGER;
import static io.boneregistry.outcomes.export.ColumnType.NUMBER;
import static io.boneregistry.outcomes.export.ColumnType.STRING;

/**
 * Every column of treated-levels.csv, one row per technique step and the site and level it treated
 * (docs/outcomes.md#units): the unit BM-CEMENT-LEAK counts. Its study ids are made for it alone, as
 * every export's are, so the procedure's columns a level analysis needs are repeated on each row.
 */
public final class LevelColumns {

    private static final List<Column<ExportedLevel>> ALL = build();

    private LevelColumns() {
    }

    public static List<Column<ExportedLevel>> all() {
        return ALL;
    }

    private static List<Column<ExportedLevel>> build() {
        List<Column<ExportedLevel>> columns = new ArrayList<>();
        columns.add(Column.of("study_id", STRING, null, "The case's random study id, made for this export only (it does not match analysis.csv's): rows of one case share it.",
                e -> e.procedure().studyId()));
        columns.add(Column.of("centre_id", STRING, null, "The treating centre's registry code.", e -> e.procedure().row().centreId()));
        columns.add(Column.of("operator_id", STRING, null, "The operator's code.", e -> e.procedure().row().operatorId()));
        columns.add(Column.of("procedure_number", INTEGER, null, "The procedure's order within its case (as analysis.csv).",
                e -> e.procedure().row().procedureNumber()));
        columns.add(Column.of("index_procedure", BOOLEAN, null, "1 if the level was treated by the case's index procedure.", e -> e.procedure().row().index()));
        columns.add(Column.of("procedure_year", INTEGER, "year", "Calendar year of the procedure day.", e -> e.procedure().row().performedOn().getYear()));
        columns.add(Column.code("anaesthesia", Anaesthesia.values(), "Anaesthesia of the whole session.", e -> e.procedure().row().anaesthesia()));
        columns.add(Column.of("step_number", INTEGER, null, "The step's place in the procedure, from 1 (what a complication's followsStep names).",
                e -> e.level().stepNumber()));
        columns.add(Column.code("technique", Technique.values(), "The step's technique.", e -> e.level().technique()));
        columns.add(Column.code("site", LesionSite.values(), "The site the step treated: its own, else the index lesion's.", e -> e.level().site()));
        columns.add(Column.code("vertebral_level", VertebralLevel.values(), "The vertebral level the step treated; empty outside the mobile spine.",
                e -> e.level().level()));
        columns.add(Column.of("vertebral", BOOLEAN, null,
                "1 if the site is a cervical, thoracic or lumbar vertebra: a cementoplasty row with 1 here is one member of BM-CEMENT-LEAK's denominator.",
                e -> e.level().site() == null ? null : e.level().site().vertebral()));
        columns.add(Column.of("cement_volume_ml", NUMBER, "ml", "Cement injected at this level; empty for other techniques or when unknown.",
                e -> e.level().cementVolumeMl()));
        columns.add(Column.of("cement_leaked", BOOLEAN, null, "1 if cement was seen outside the bone at this level, symptomatic or not: BM-CEMENT-LEAK's numerator.",
                e -> e.level().leaked()));
        columns.add(Column.of("leakage_sites", STRING, null, "Where the cement leaked, separated by ';'.",
                e -> e.level().leakageSites().stream().map(Enum::name).collect(Collectors.joining(";"))));
        columns.add(Column.of("leak_symptomatic", BOOLEAN, null, "1 if the leak at this level caused symptoms.", e -> e.level().symptomaticLeak()));
        columns.add(Column.of("leak_checked_by", STRING, null,
                "The imaging that looked for a leak at this level, separated by ';' (" + Arrays.stream(LeakImaging.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")) + "); empty if not recorded. CT after the procedure finds leaks fluoroscopy misses.",
                e -> e.level().leakCheckedBy().stream().map(Enum::name).collect(Collectors.joining(";"))));
        columns.add(Column.of("ethanol_volume_ml", NUMBER, "ml", "Ethanol injected by this step; empty for other techniques.",
                e -> e.level().ethanolVolumeMl()));
        return List.copyOf(columns);
    }
}
