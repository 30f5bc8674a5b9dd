import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The scale harness's database side, run on the registry's H2 file while the registry is stopped
 * (benchmarks/scale.sh starts it with the H2 and Jackson jars on the class path):
 *
 *   copy URL FIRST LAST  makes copies FIRST to LAST of every original case in SQL: events
 *                     (payloads rewritten to the copy's case id) and read models, then tells every
 *                     projection it has read them all. Case keys are not copied: a personal field
 *                     is sealed to its own case id, so a copy reads as a case whose personal data
 *                     was erased. Call it in rounds, compacting between them; then
 *   done URL          drops the originals kept aside for copying
 *   baseline URL      the figures the registry is compared with: a raw sequential read of the
 *                     event table, each payload deserialised, and hand-written SQL over the
 *                     statistics tables for each outcome endpoint (for conformance, the GROUP BY
 *                     the registry counted with before it held the evaluations in memory)
 *
 * Prints figures; asserts nothing.
 */
public class Harness {

    /** Tables holding one or more rows per case, copied with the copy's case id. */
    private static final List<String> CASE_TABLES = List.of("analysis_case", "case_file", "conformance_case",
            "conformance_evaluation", "statistics_procedure", "statistics_follow_up", "statistics_complication");

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection(args[1], "sa", "")) {
            switch (args[0]) {
                case "copy" -> copy(db, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
                case "done" -> done(db);
                case "baseline" -> baseline(db);
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }

    /**
     * Copies k = first .. last of the original cases (copy k of a case has the case id's first 28
     * characters and k in 8 digits). The originals are kept aside on the first call, so copies can
     * be made in rounds with the store compacted in between (H2 grows about eightfold while
     * inserting, and shrinks back when compacted).
     */
    private static void copy(Connection db, int first, int last) throws SQLException {
        List<String> tables = new ArrayList<>(CASE_TABLES);
        tables.add("DomainEventEntry");
        try (Statement statement = db.createStatement()) {
            if (single(db, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'ORIGIN_DOMAINEVENTENTRY'") == 0) {
                for (String table : tables) statement.execute("CREATE TABLE origin_" + table + " AS SELECT * FROM " + table);
            }
        }
        long events = single(db, "SELECT MAX(globalIndex) FROM origin_DomainEventEntry");
        String newId = "LEFT(%1$s, 28) || LPAD(k.X, 8, '0')";
        for (String table : CASE_TABLES) {
            insertCopies(db, table, first, last, column -> switch (column) {
                case "case_id" -> newId.formatted("case_id");
                case "document" -> "REPLACE(document, case_id, " + newId.formatted("case_id") + ")";
                default -> column;
            });
        }
        insertCopies(db, "DomainEventEntry", first, last, column -> switch (column) {
            case "globalindex" -> "globalIndex + k.X * " + events;
            case "aggregateidentifier" -> newId.formatted("aggregateIdentifier");
            case "eventidentifier" -> "eventIdentifier || '-' || k.X";
            case "payload" -> "CAST(STRINGTOUTF8(REPLACE(UTF8TOSTRING(CAST(payload AS VARBINARY)), aggregateIdentifier, "
                    + newId.formatted("aggregateIdentifier") + ")) AS BLOB)";
            default -> column;
        });
        long head = single(db, "SELECT MAX(globalIndex) FROM DomainEventEntry");
        try (Statement statement = db.createStatement()) {
            statement.execute("ALTER TABLE DomainEventEntry ALTER COLUMN globalIndex RESTART WITH " + (head + 1));
            statement.execute("UPDATE TokenEntry SET token = STRINGTOUTF8('{\"index\":" + head + ",\"gaps\":[]}') "
                    + "WHERE tokenType LIKE '%GapAwareTrackingToken'");
        }
        System.out.printf("  %,d cases, %,d events%n", single(db, "SELECT COUNT(*) FROM analysis_case"),
                single(db, "SELECT COUNT(*) FROM DomainEventEntry"));
    }

    /** Drops the originals kept aside for copying. */
    private static void done(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            for (String table : CASE_TABLES) statement.execute("DROP TABLE IF EXISTS origin_" + table);
            statement.execute("DROP TABLE IF EXISTS origin_DomainEventEntry");
        }
    }

    private static void insertCopies(Connection db, String table, int first, int last, UnaryOperator<String> value) throws SQLException {
        List<String> columns = columns(db, table);
        String select = columns.stream().map(value).collect(Collectors.joining(", "));
        try (Statement statement = db.createStatement()) {
            statement.execute("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select
                    + " FROM origin_" + table + ", SYSTEM_RANGE(" + first + ", " + last + ") k");
        }
    }

    private static List<String> columns(Connection db, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        DatabaseMetaData meta = db.getMetaData();
        try (ResultSet rs = meta.getColumns(null, "PUBLIC", table.toUpperCase(), null)) {
            while (rs.next()) columns.add(rs.getString("COLUMN_NAME").toLowerCase());
        }
        return columns;
    }

    private static void baseline(Connection db) throws Exception {
        ObjectMapper json = new ObjectMapper();
        long started = System.nanoTime();
        long events = 0;
        long after = -1;   // in pages, as an event processor reads: one sorted million-row result outlives H2's LOB references
        try (PreparedStatement page = db.prepareStatement(
                "SELECT globalIndex, payload FROM DomainEventEntry WHERE globalIndex > ? ORDER BY globalIndex LIMIT 10000")) {
            for (boolean more = true; more; ) {
                page.setLong(1, after);
                more = false;
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        json.readTree(rs.getBytes(2));
                        events++;
                        more = true;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("raw-read %.0f%n", events / seconds);
        time(db, "benchmarks", "SELECT SUM(cement_steps), SUM(cement_steps_leaking) FROM statistics_procedure WHERE vertebral");
        time(db, "funnel", "SELECT centre_id, SUM(cement_steps), SUM(cement_steps_leaking) FROM statistics_procedure "
                + "WHERE vertebral GROUP BY centre_id");
        time(db, "cusum", "SELECT performed_on, cement_steps, cement_steps_leaking FROM statistics_procedure "
                + "WHERE operator_id = 'OP-RM-2' AND vertebral ORDER BY performed_on, case_id");
        time(db, "survival", "SELECT p.performed_on, p.closed_on, p.closure_reason, f.days_after, f.vital_status "
                + "FROM statistics_procedure p LEFT JOIN statistics_follow_up f ON f.case_id = p.case_id AND f.procedure_id = p.procedure_id "
                + "WHERE p.procedure_number = 1 ORDER BY p.case_id, f.ordinal");
        time(db, "conformance", "SELECT rule_id, centre_id, COUNT(DISTINCT case_id), COUNT(DISTINCT CASE WHEN status = 'DEVIATED' THEN case_id END),"
                + " SUM(CASE WHEN status = 'DEVIATED' THEN 1 ELSE 0 END), COUNT(DISTINCT CASE WHEN status = 'ADVISORY' THEN case_id END)"
                + " FROM conformance_evaluation WHERE entry_kind <> 'PRE_PROCEDURE_CHECKS' GROUP BY rule_id, centre_id ORDER BY rule_id, centre_id");
    }

    /**
     * The median in milliseconds of up to 20 runs (fewer when they take over 20 s together, at least
     * 3) after 2 to warm up, reading every row returned.
     */
    private static void time(Connection db, String name, String sql) throws SQLException {
        List<Double> runs = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = -2; i < 20 && (i < 3 || System.nanoTime() - began < 20e9); i++) {
            long started = System.nanoTime();
            try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) rs.getObject(c);
                }
            }
            if (i >= 0) runs.add((System.nanoTime() - started) / 1e6);
        }
        runs.sort(null);
        System.out.printf("sql-%s %.2f%n", name, runs.get(runs.size() / 2));
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
