package io.boneregistry.outcomes.export;

import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.complication.ComplicationType;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import io.boneregistry.outcomes.benchmark.Rows;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisCsvTest {

    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Test
    void writesOneRowPerProcedureUnderAHeaderOfEveryColumnWithCrlfLineEnds() {
        String csv = export(List.of(Rows.cementoplasty().oneOf(2).row(), Rows.cementoplasty().secondOf(2).row()), false);

        String[] lines = csv.split("\r\n", -1);
        assertThat(lines).hasSize(4).endsWith("");
        assertThat(lines[0].split(",")).containsExactlyElementsOf(AnalysisColumns.written(false).stream().map(Column::name).toList());
    }

    @Test
    void proceduresOfOneCaseShareAStudyIdThatIsNotTheCaseIdAndChangesWithEachExport() {
        List<ProcedureRow> rows = List.of(Rows.cementoplasty().caseId("case-7").oneOf(2).row(),
                Rows.cementoplasty().caseId("case-7").secondOf(2).row(), Rows.cementoplasty().caseId("case-8").row());

        List<Map<String, String>> first = parse(export(rows, false));
        List<Map<String, String>> second = parse(export(rows, false));

        assertThat(first.get(0).get("study_id")).isEqualTo(first.get(1).get("study_id")).isNotEqualTo(first.get(2).get("study_id"));
        assertThat(first.get(0).get("study_id")).doesNotContain("case-7").isNotEqualTo(second.get(0).get("study_id"));
    }

    @Test
    void datesAreDaysSinceReferralPlusTheYearAndNoFullDateIsWritten() {
        Map<String, String> row = parse(export(List.of(Rows.cementoplasty().followUp(28, 2).row()), false)).get(0);

        assertThat(row.get("procedure_day")).isEqualTo("30");
        assertThat(row.get("procedure_year")).isEqualTo("2025");
        assertThat(row.get("referral_year")).isEqualTo("2025");
        assertThat(row.get("assessment_follow_up_day")).isEqualTo("28");
        assertThat(FULL_DATE.matcher(export(List.of(Rows.cementoplasty().followUp(28, 2).row()), true)).find()).isFalse();
    }

    @Test
    void agesOverEightyNineAreNinetyPlus() {
        List<Map<String, String>> rows = parse(export(List.of(Rows.cementoplasty().bornIn(1935).row(),
                Rows.cementoplasty().bornIn(1936).row()), false));

        assertThat(rows).extracting(row -> row.get("age_at_referral")).containsExactly("90+", "89");
    }

    @Test
    void freeTextIsLeftOutUnlessAskedForAndThenQuotedAsRfc4180Says() {
        List<ProcedureRow> rows = List.of(Rows.cementoplasty().painOrigin("mechanical, \"worse\" at night")
                .complication(ComplicationType.FEVER, 1, "38.5 C\nfor two days").row());

        String plain = export(rows, false);
        String withText = export(rows, true);

        assertThat(plain).doesNotContain("mechanical").doesNotContain("38.5").doesNotContain("pain_origin");
        assertThat(withText).contains("\"mechanical, \"\"worse\"\" at night\"").contains("\"38.5 C\nfor two days\"");
        assertThat(parse(withText).get(0).get("complication_descriptions")).isEqualTo("38.5 C\nfor two days");
    }

    @Test
    void derivedColumnsFollowOutcomesDefinitions() {
        ProcedureRow responder = Rows.cementoplasty().baseline(8, 0.0).followUp(10, 6).followUp(30, 3).followUp(90, 7).row();
        ProcedureRow halfway = Rows.cementoplasty().baseline(8, 0.0).followUp(28, 4).row();
        ProcedureRow noBaseline = Rows.cementoplasty().baseline(0, 0.0).followUp(28, 0).row();

        List<Map<String, String>> rows = parse(export(List.of(responder, halfway, noBaseline), false));

        assertThat(rows.get(0)).containsEntry("assessment_follow_up_day", "30").containsEntry("assessment_vas", "3")
                .containsEntry("pain_evaluable", "1").containsEntry("pain_responder", "1")
                .containsEntry("palliation_weeks", String.valueOf(90 / 7.0)).containsEntry("palliation_ended", "1")
                .containsEntry("last_follow_up_day", "90").containsEntry("last_vas", "7");
        assertThat(rows.get(1)).as("exactly 50 % less pain is not a response").containsEntry("pain_responder", "0")
                .containsEntry("palliation_weeks", "");
        assertThat(rows.get(2)).containsEntry("pain_evaluable", "0").containsEntry("pain_responder", "");
    }

    @Test
    void techniqueAndComplicationFlagsMarkThePopulations() {
        Map<String, String> row = parse(export(List.of(Rows.procedure(Technique.RFA, Technique.CEMENTOPLASTY)
                .complication(ComplicationType.PULMONARY_EMBOLISM, 3, null).row()), false)).get(0);

        assertThat(row).containsEntry("technique_rfa", "1").containsEntry("technique_cementoplasty", "1")
                .containsEntry("technique_cryo", "0").containsEntry("single_technique", "0")
                .containsEntry("techniques", "CEMENTOPLASTY;RFA")
                .containsEntry("complication_pulmonary_embolism", "1").containsEntry("complication_fever", "0")
                .containsEntry("complications", "1").containsEntry("max_cirse_grade", "3");
    }

    private static String export(List<ProcedureRow> rows, boolean freeText) {
        StringWriter out = new StringWriter();
        AnalysisCsv.write(CaseRows.of(rows), OutcomeSettings.defaults(), Deidentification.forOneExport(freeText), out);
        return out.toString();
    }

    /** An RFC 4180 reader written for the test: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<Map<String, String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else field.append(c);
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> values : records.subList(1, records.size())) {
            assertThat(values).as("fields per record").hasSameSizeAs(header);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) row.put(header.get(i), values.get(i));
            rows.add(row);
        }
        return rows;
    }

    @Test
    void everyColumnNameIsUniqueAndSnakeCase() {
        List<String> names = AnalysisColumns.all().stream().map(Column::name).toList();
        assertThat(names).doesNotHaveDuplicates().allMatch(name -> name.matches("[a-z][a-z0-9_]*"));
        assertThat(Arrays.asList(ComplicationType.values())).allMatch(type -> names.contains("complication_" + type.name().toLowerCase()));
    }
}
