package io.boneregistry.outcomes.export;

/** How a column's values are written; every type writes an unknown or not applicable value as an empty field. */
public enum ColumnType {
    STRING("text; " + Csv.FORMULA_CELLS),
    CODE("one of the allowed values"),
    INTEGER("whole number"),
    NUMBER("decimal number, '.' as decimal separator, full precision"),
    BOOLEAN("1 = yes, 0 = no"),
    AGE("whole number of years, or 90+");

    private final String meaning;

    ColumnType(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
