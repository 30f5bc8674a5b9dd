package io.boneregistry.outcomes.export;

import io.boneregistry.outcomes.benchmark.OutcomeSettings;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The analysis exports' data dictionary: every column of analysis.csv and treated-levels.csv with
 * its type, unit, allowed values, definition and file, the definitions filled in with the settings
 * the export used.
 */
public final class DataDictionary {

    public static final String MISSING_VALUES = "An empty field means not recorded, or not applicable to this procedure.";

    private DataDictionary() {
    }

    public record Entry(String name, String type, String typeMeaning, String unit, List<String> allowedValues,
                        String definition, boolean freeText, String file) {
    }

    /** analysis.csv's columns, then treated-levels.csv's. */
    public static List<Entry> entries(OutcomeSettings settings) {
        return Stream.concat(AnalysisColumns.all().stream().map(column -> entry(column, "analysis.csv", settings)),
                LevelColumns.all().stream().map(column -> entry(column, "treated-levels.csv", settings))).toList();
    }

    private static Entry entry(Column<?> column, String file, OutcomeSettings settings) {
        return new Entry(column.name(), column.type().name().toLowerCase(), column.type().meaning(), column.unit(),
                column.allowedValues(), filledIn(column.definition(), settings), column.freeText(), file);
    }

    public static void writeCsv(List<Entry> entries, Writer out) {
        Csv csv = new Csv(out);
        csv.row(List.of("name", "type", "type_meaning", "unit", "allowed_values", "definition", "free_text", "file"));
        for (Entry entry : entries) {
            csv.row(List.of(entry.name(), entry.type(), entry.typeMeaning(), entry.unit() == null ? "" : entry.unit(),
                    String.join(";", entry.allowedValues()), entry.definition(), entry.freeText(), entry.file()));
        }
    }

    private static String filledIn(String definition, OutcomeSettings settings) {
        String text = definition;
        for (Map.Entry<String, Object> setting : settingValues(settings).entrySet()) {
            text = text.replace("{" + setting.getKey() + "}", String.valueOf(setting.getValue()));
        }
        return text;
    }

    private static Map<String, Object> settingValues(OutcomeSettings settings) {
        return Map.of("painWindowTarget", settings.painWindowTarget(), "painWindowFrom", settings.painWindowFrom(),
                "painWindowTo", settings.painWindowTo(), "painReductionThreshold", settings.painReductionThreshold(),
                "ethanolPainReductionThreshold", settings.ethanolPainReductionThreshold(),
                "cryoPainReductionThreshold", settings.cryoPainReductionThreshold(),
                "recurrenceFollowUpDays", settings.recurrenceFollowUpDays(), "complicationWindowDays", settings.complicationWindowDays());
    }
}
