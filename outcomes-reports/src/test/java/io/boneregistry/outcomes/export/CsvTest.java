package io.boneregistry.outcomes.export;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void aTextASpreadsheetWouldRunIsWrittenAsText() {
        assertThat(row("=HYPERLINK(\"http://x\",\"y\")", "+1+cmd", "-2+3", "@SUM(A1)", "\tlead", "\rlead"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1+cmd,'-2+3,'@SUM(A1),'\tlead,\"'\rlead\"\r\n");
    }

    @Test
    void numbersAndOrdinaryTextAreWrittenAsTheyAre() {
        assertThat(row(-3, -0.25, "-12", "+4.5", "1e-3", "OP-17", "a=b", "", null, true))
                .isEqualTo("-3,-0.25,-12,+4.5,1e-3,OP-17,a=b,,,1\r\n");
    }

    @Test
    void fieldsWithSeparatorsAreQuoted() {
        assertThat(row("a,b", "say \"no\"", "two\nlines")).isEqualTo("\"a,b\",\"say \"\"no\"\"\",\"two\nlines\"\r\n");
    }

    private static String row(Object... values) {
        StringWriter out = new StringWriter();
        new Csv(out).row(Arrays.asList(values));
        return out.toString();
    }
}
