package io.boneregistry.outcomes.export;

import io.boneregistry.api.privacy.FreeText;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One column of an analysis export (of {@code T}: a procedure, or a treated level) and its
 * data-dictionary entry, kept together so the file and its dictionary cannot drift apart. A definition may name settings in braces
 * ({@code {painWindowTarget}}); the dictionary fills in the values the export used.
 */
public record Column<T>(String name, ColumnType type, String unit, List<String> allowedValues, String definition,
                        boolean freeText, Function<T, Object> value) {

    static <T> Column<T> of(String name, ColumnType type, String unit, String definition, Function<T, Object> value) {
        return new Column<>(name, type, unit, List.of(), definition, false, value);
    }

    static <T> Column<T> code(String name, Enum<?>[] allowed, String definition, Function<T, Object> value) {
        return new Column<>(name, ColumnType.CODE, null, Arrays.stream(allowed).map(Enum::name).toList(),
                definition, false, value);
    }

    /**
     * A text column made of one component of a row ({@code ProcedureRow.painOrigin}): free text, exported
     * only when asked for, when that component is declared {@link FreeText}.
     */
    static <T> Column<T> text(String name, Class<? extends Record> row, String component, String definition,
                              Function<T, Object> value) {
        RecordComponent source = Arrays.stream(row.getRecordComponents()).filter(c -> c.getName().equals(component)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(row.getSimpleName() + " has no " + component));
        return new Column<>(name, ColumnType.STRING, null, List.of(), definition, source.isAnnotationPresent(FreeText.class), value);
    }
}
