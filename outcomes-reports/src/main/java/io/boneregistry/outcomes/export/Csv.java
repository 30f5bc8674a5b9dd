package io.boneregistry.outcomes.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 output: CRLF line ends, and a field quoted (its quotes doubled) when it holds a comma,
 * a quote or a line break. Unknown values are empty fields; yes/no is 1/0. A text that a spreadsheet
 * would take for a formula (starting with =, +, -, @, tab or carriage return, OWASP's rule) gets a
 * leading apostrophe, so that opening an export never runs what someone typed into the registry;
 * numbers are left as they are.
 */
public final class Csv {

    /** What every CSV the registry writes does to a text a spreadsheet would run, in words for the data dictionary. */
    public static final String FORMULA_CELLS = "a text beginning with =, +, -, @, a tab or a carriage return is written with a leading "
            + "apostrophe (') so that a spreadsheet shows it instead of running it as a formula; numbers are written as they are";
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private final Writer out;

    public Csv(Writer out) {
        this.out = out;
    }

    public void row(List<?> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) out.write(',');
                out.write(field(values.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("export interrupted", e);
        }
    }

    static String field(Object value) {
        String text;
        if (value == null) text = "";
        else if (value instanceof Boolean yes) text = yes ? "1" : "0";
        else if (value instanceof Enum<?> code) text = code.name();
        else if (value instanceof Number number) text = number.toString();
        else text = neutralised(value.toString());
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** The text as a spreadsheet will show it, never evaluate it. */
    public static String neutralised(String text) {
        if (text.isEmpty() || FORMULA_START.indexOf(text.charAt(0)) < 0 || NUMBER.matcher(text).matches()) return text;
        return "'" + text;
    }
}
