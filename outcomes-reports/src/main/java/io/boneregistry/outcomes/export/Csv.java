package io.boneregistry.outcomes.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 output: CRLF line ends, and a field quoted (its quotes doubled) when it holds a comma,
 * a quote or a line break. Unknown values are empty fields; yes/no is 1/0.
 */
public final class Csv {

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
        else text = value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
