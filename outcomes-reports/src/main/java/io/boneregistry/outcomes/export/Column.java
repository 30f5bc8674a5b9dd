package io.boneregistry.outcomes.export;

import io.boneregistry.api.privacy.FreeText;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One column of the analysis export and its data-dictionary entry, kept together so the file and
 * its dictionary cannot drift apart. A definition may name settings in braces
 * ({@code {painWindowTarget}}); the dictionary fills in the values the export used.
 */
public record Column(String name, ColumnType type, String unit, List<String> allowedValues, String definition,
                     boolean freeText, Function<ExportedProcedure, Object> value) {

    static Column of(String name, ColumnType type, String unit, String definition, Function<ExportedProcedure, Object> value) {
        return new Column(name, type, unit, List.of(), definition, false, value);
    }

    static Column code(String name, Enum<?>[] allowed, String definition, Function<ExportedProcedure, Object> value) {
        return new Column(name, ColumnType.CODE, null, Arrays.stream(allowed).map(Enum::name).toList(),
                definition, false, value);
    }

    /**
     * A text column made of one component of a row ({@code ProcedureRow.painOrigin}): free text, exported
     * only when asked for, when that component is declared {@link FreeText}.
     */
    static Column text(String name, Class<? extends Record> row, String component, String definition,
                       Function<ExportedProcedure, Object> value) {
        RecordComponent source = Arrays.stream(row.getRecordComponents()).filter(c -> c.getName().equals(component)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(row.getSimpleName() + " has no " + component));
        return new Column(name, ColumnType.STRING, null, List.of(), definition, source.isAnnotationPresent(FreeText.class), value);
    }
}
