package io.boneregistry.app.exportlog;

import io.boneregistry.app.security.Requester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The record of every export: who (user id, name and role), what, with which settings (the request's
 * parameters, as sent), when. Written before the data leaves, so an export that fails midway is
 * recorded too.
 */
@Component
public class ExportLog {

    static final int MAX_SETTINGS = 4000;

    private final JdbcTemplate jdbc;

    ExportLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One recorded export. */
    public record Entry(long id, Instant recordedAt, String userId, String userName, String role, String export, String settings) {
    }

    void record(Requester requester, String export, Map<String, String[]> parameters) {
        jdbc.update("INSERT INTO export_log (recorded_at, user_id, user_name, role, export, settings) VALUES (?, ?, ?, ?, ?, ?)",
                Timestamp.from(Instant.now()), requester.userId(), requester.displayName(), requester.role().name(), export,
                settings(parameters));
    }

    /** The newest first, at most {@code limit}, those before {@code before} (an id) when given. */
    List<Entry> newest(int limit, Long before) {
        return jdbc.query("SELECT id, recorded_at, user_id, user_name, role, export, settings FROM export_log WHERE id < ? "
                        + "ORDER BY id DESC LIMIT ?",
                (row, i) -> new Entry(row.getLong("id"), row.getTimestamp("recorded_at").toInstant(), row.getString("user_id"),
                        row.getString("user_name"), row.getString("role"), row.getString("export"), row.getString("settings")),
                before == null ? Long.MAX_VALUE : before, limit);
    }

    /** The parameters in name order, {@code name=value&…}, cut to what the column holds. */
    static String settings(Map<String, String[]> parameters) {
        String settings = new TreeMap<>(parameters).entrySet().stream()
                .flatMap(parameter -> Arrays.stream(parameter.getValue()).map(value -> parameter.getKey() + "=" + value))
                .collect(Collectors.joining("&"));
        return settings.length() > MAX_SETTINGS ? settings.substring(0, MAX_SETTINGS - 1) + "…" : settings;
    }
}
