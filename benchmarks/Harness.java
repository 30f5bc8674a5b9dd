import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The scale harness's database side, run on the registry's H2 file while the registry is stopped
 * (benchmarks/scale.sh starts it with the H2 and Jackson jars on the class path):
 *
 *   copy URL COPIES   makes COPIES copies of every case in SQL: events (payloads rewritten to the
 *                     copy's case id) and read models, then tells every projection it has read
 *                     them all. Case keys are not copied: a personal field is sealed to its own
 *                     case id, so a copy reads as a case whose personal data was erased.
 *   baseline URL      the figures the registry is compared with: a raw sequential read of the
 *                     event table, each payload deserialised, and hand-written SQL over the
 *                     statistics tables for each outcome endpoint
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
                case "copy" -> copy(db, Integer.parseInt(args[2]));
                case "baseline" -> baseline(db);
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }

    private static void copy(Connection db, int copies) throws SQLException {
        long last = single(db, "SELECT MAX(globalIndex) FROM DomainEventEntry");
        String newId = "LEFT(%1$s, 28) || LPAD(k.X, 8, '0')";
        for (String table : CASE_TABLES) {
            insertCopies(db, table, copies, column -> switch (column) {
                case "case_id" -> newId.formatted("case_id");
                case "document" -> "REPLACE(document, case_id, " + newId.formatted("case_id") + ")";
                default -> column;
            });
        }
        insertCopies(db, "DomainEventEntry", copies, column -> switch (column) {
            case "globalindex" -> "globalIndex + k.X * " + last;
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

    private static void insertCopies(Connection db, String table, int copies, java.util.function.UnaryOperator<String> value)
            throws SQLException {
        List<String> columns = columns(db, table);
        String select = columns.stream().map(value).collect(Collectors.joining(", "));
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE copy_base AS SELECT * FROM " + table);
            statement.execute("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select
                    + " FROM copy_base, SYSTEM_RANGE(1, " + (copies - 1) + ") k");
            statement.execute("DROP TABLE copy_base");
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
        try (Statement statement = db.createStatement()) {
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery("SELECT payload FROM DomainEventEntry ORDER BY globalIndex")) {
                while (rs.next()) {
                    json.readTree(rs.getBytes(1));
                    events++;
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
    }

    /** The median of 20 runs after 5 to warm up, in milliseconds, reading every row returned. */
    private static void time(Connection db, String name, String sql) throws SQLException {
        double[] runs = new double[20];
        for (int i = -5; i < runs.length; i++) {
            long started = System.nanoTime();
            try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) rs.getObject(c);
                }
            }
            if (i >= 0) runs[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(runs);
        System.out.printf("sql-%s %.2f%n", name, runs[runs.length / 2]);
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
