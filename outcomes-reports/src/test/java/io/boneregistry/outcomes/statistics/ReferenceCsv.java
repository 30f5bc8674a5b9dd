package io.boneregistry.outcomes.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the CSV files reference.R wrote (write.csv: header, quoted strings, NA for missing). */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    static List<Map<String, String>> read(String name) {
        try (InputStream in = ReferenceCsv.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) throw new IllegalArgumentException("no reference file " + name);
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            String[] header = unquote(lines.get(0).split(","));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = unquote(line.split(","));
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) row.put(header[i], cells[i]);
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Double number(Map<String, String> row, String column) {
        String value = row.get(column);
        return value.equals("NA") ? null : Double.valueOf(value);
    }

    private static String[] unquote(String[] cells) {
        for (int i = 0; i < cells.length; i++) cells[i] = cells[i].replace("\"", "");
        return cells;
    }
}
