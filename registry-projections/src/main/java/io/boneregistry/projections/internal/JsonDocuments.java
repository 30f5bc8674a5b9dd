package io.boneregistry.projections.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.projections.privacy.PersonalFields;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A read-model table holding one JSON document per case, beside the few columns queries filter on.
 * Each document is written whole, so a projection never sees half an update.
 */
public class JsonDocuments<T> {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final String table;
    private final Class<T> type;

    public JsonDocuments(JdbcTemplate jdbc, ObjectMapper json, String table, Class<T> type) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = table;
        this.type = type;
    }

    public Optional<T> find(String caseId) {
        return where("case_id = ?", caseId).stream().findFirst();
    }

    /** Documents matching a condition on the table's columns, in the order given (SQL after WHERE). */
    public List<T> where(String condition, Object... arguments) {
        return jdbc.query("SELECT document FROM " + table + " WHERE " + condition,
                (rs, row) -> read(rs.getString(1)), arguments);
    }

    public long count(String condition, Object... arguments) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + condition, Long.class, arguments);
        return count == null ? 0 : count;
    }

    /** Writes the document and its filter columns (in a stable order: pass a LinkedHashMap or Map.of one entry). */
    public void save(String caseId, T document, Map<String, Object> columns) {
        List<Object> values = new ArrayList<>(columns.values());
        values.add(write(document));
        values.add(caseId);
        String assignments = columns.keySet().stream().map(column -> column + " = ?").collect(Collectors.joining(", "));
        int updated = jdbc.update("UPDATE " + table + " SET " + (assignments.isEmpty() ? "" : assignments + ", ")
                + "document = ? WHERE case_id = ?", values.toArray());
        if (updated == 0) {
            String names = String.join(", ", columns.keySet());
            jdbc.update("INSERT INTO " + table + " (" + (names.isEmpty() ? "" : names + ", ") + "document, case_id) VALUES ("
                    + "?, ".repeat(columns.size()) + "?, ?)", values.toArray());
        }
    }

    /** Blanks the patient's personal fields in a case's document (see PersonalFields), its columns untouched. */
    public void erasePersonalFields(String caseId) {
        List<String> documents = jdbc.queryForList("SELECT document FROM " + table + " WHERE case_id = ?", String.class, caseId);
        for (String document : documents) {
            try {
                JsonNode tree = json.readTree(document);
                PersonalFields.erase(tree);
                jdbc.update("UPDATE " + table + " SET document = ? WHERE case_id = ?", json.writeValueAsString(tree), caseId);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable " + table + " document", e);
            }
        }
    }

    /** Empties one filter column of a case (a value erasure removes from the document, kept there for searching too). */
    public void clearColumn(String caseId, String column) {
        jdbc.update("UPDATE " + table + " SET " + column + " = NULL WHERE case_id = ?", caseId);
    }

    public void deleteAll() {
        jdbc.update("DELETE FROM " + table);
    }

    private T read(String document) {
        try {
            return json.readValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + table + " document", e);
        }
    }

    private String write(T document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(table + " document not writable", e);
        }
    }
}
