package io.boneregistry.outcomes.export;

import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DataDictionaryTest {

    @Test
    void describesEveryColumnOfTheExportWithItsType() {
        List<DataDictionary.Entry> entries = DataDictionary.entries(OutcomeSettings.defaults());

        assertThat(entries).filteredOn(entry -> entry.file().equals("analysis.csv")).extracting(DataDictionary.Entry::name)
                .containsExactlyElementsOf(AnalysisColumns.all().stream().map(Column::name).toList());
        assertThat(entries).filteredOn(entry -> entry.file().equals("treated-levels.csv")).extracting(DataDictionary.Entry::name)
                .containsExactlyElementsOf(LevelColumns.all().stream().map(Column::name).toList());
        assertThat(entries).hasSize(AnalysisColumns.all().size() + LevelColumns.all().size());
        assertThat(entries).allSatisfy(entry -> assertThat(entry.definition()).isNotBlank().doesNotContain("{"));
        assertThat(entries).filteredOn(entry -> entry.name().equals("diagnosis")).singleElement()
                .satisfies(entry -> assertThat(entry.allowedValues()).contains("OSTEOID_OSTEOMA", "METASTASIS"));
    }

    @Test
    void definitionsStateTheSettingsTheExportUsed() {
        OutcomeSettings wider = new OutcomeSettings(30, 14, 60, 0.3, 10, 2.0, 4.5, 5);

        DataDictionary.Entry window = DataDictionary.entries(wider).stream()
                .filter(entry -> entry.name().equals("assessment_follow_up_day")).findFirst().orElseThrow();
        DataDictionary.Entry responder = DataDictionary.entries(wider).stream()
                .filter(entry -> entry.name().equals("pain_responder")).findFirst().orElseThrow();

        assertThat(window.definition()).contains("closest to day 30 within days 14-60");
        assertThat(responder.definition()).as("ethanol's any decrease, cryoablation's following the request's threshold")
                .contains("0.0 where it injected ethanol", "else 0.3 where it froze, else 0.3");
        assertThat(DataDictionary.entries(wider).stream().filter(entry -> entry.name().equals("complication_fracture")).findFirst().orElseThrow()
                .definition()).contains("within 30 days");
    }

    @Test
    void theCsvFormHasOneLinePerColumn() {
        StringWriter out = new StringWriter();
        DataDictionary.writeCsv(DataDictionary.entries(OutcomeSettings.defaults()), out);

        List<java.util.Map<String, String>> rows = AnalysisCsvTest.parse(out.toString());
        assertThat(rows).hasSize(AnalysisColumns.all().size() + LevelColumns.all().size());
        assertThat(rows.get(0)).containsEntry("name", "study_id").containsEntry("type", "string").containsEntry("file", "analysis.csv");
        assertThat(rows.get(rows.size() - 1)).containsEntry("file", "treated-levels.csv");
    }
}
