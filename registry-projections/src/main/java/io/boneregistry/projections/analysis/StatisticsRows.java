package io.boneregistry.projections.analysis;

import io.boneregistry.api.analysis.FindStatisticsRows;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.analysis.StatisticsRowSet;
import io.boneregistry.projections.progress.StoredTokens;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The statistics read model as the outcome reports count it: every analysis row, held compactly in
 * memory and brought up to date from {@link StatisticsTable} before each answer, reading only the
 * cases changed since. A benchmark table then costs a pass over rows already in memory, not a
 * JSON document per case; each instance of the registry keeps its own copy, the tables stay the record.
 */
@Component
public class StatisticsRows {

    private static final Logger log = LoggerFactory.getLogger(StatisticsRows.class);

    private final StatisticsTable table;
    private final StoredTokens tokens;
    private final JdbcTemplate jdbc;
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    public StatisticsRows(JdbcTemplate jdbc, StoredTokens tokens) {
        this.table = new StatisticsTable(jdbc);
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    /** Reads the rows once the registry has started, so the first auditor does not wait for them. */
    @EventListener(ContextRefreshedEvent.class)
    void readAhead() {
        Thread reader = new Thread(() -> {
            try {
                current();
            } catch (RuntimeException e) {
                log.warn("statistics rows not read ahead; the first request will read them: {}", e.toString());
            }
        }, "statistics-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    @QueryHandler
    public StatisticsRowSet handle(FindStatisticsRows query) {
        Snapshot current = current();
        String version = current.marks.toString();
        if (query.operatorId() != null) return new StatisticsRowSet(version, current.byOperator.getOrDefault(query.operatorId(), List.of()));
        if (query.centreId() != null) return new StatisticsRowSet(version, current.byCentre.getOrDefault(query.centreId(), List.of()));
        return new StatisticsRowSet(version, current.rows);
    }

    /**
     * The rows as the tables hold them now. Asking whether anything moved takes no lock, so
     * auditors asking at once do not queue behind each other; reading what moved does, and asks
     * again inside it. Rows changed by events after the last settled position (below which every
     * event is committed) are read again each time anything moved, so a late event behind a gap is
     * never missed; a rebuild (a new generation) reads everything again.
     */
    Snapshot current() {
        Snapshot last = snapshot;
        return marks().equals(last.marks) ? last : refreshed();
    }

    private synchronized Snapshot refreshed() {
        Snapshot last = snapshot;
        Marks marks = marks();
        if (marks.equals(last.marks)) return last;
        boolean rebuilt = marks.generation != last.marks.generation || marks.settled < last.marks.settled;
        long after = rebuilt ? -1 : last.marks.settled;
        TreeMap<String, List<ProcedureRow>> cases = rebuilt ? new TreeMap<>() : new TreeMap<>(last.byCase);
        cases.putAll(table.casesChangedAfter(after));
        snapshot = new Snapshot(marks, cases);
        return snapshot;
    }

    private Marks marks() {
        long generation = table.generation();
        long settled = tokens.settled(AnalysisDatasetProjection.NAME).orElse(0);
        Long newest = jdbc.queryForObject("SELECT MAX(revision) FROM statistics_procedure", Long.class);
        return new Marks(generation, settled, newest == null ? -1 : newest);
    }

    private record Marks(long generation, long settled, long newest) {
    }

    private static final class Snapshot {
        static final Snapshot EMPTY = new Snapshot(new Marks(-1, -1, -1), new TreeMap<>());

        final Marks marks;
        final TreeMap<String, List<ProcedureRow>> byCase;
        final List<ProcedureRow> rows;
        final Map<String, List<ProcedureRow>> byCentre;
        final Map<String, List<ProcedureRow>> byOperator;

        Snapshot(Marks marks, TreeMap<String, List<ProcedureRow>> byCase) {
            this.marks = marks;
            this.byCase = byCase;
            List<ProcedureRow> all = new ArrayList<>();
            byCase.values().forEach(all::addAll);
            this.rows = Collections.unmodifiableList(all);
            this.byCentre = index(all, ProcedureRow::centreId);
            this.byOperator = index(all, ProcedureRow::operatorId);
        }

        private static Map<String, List<ProcedureRow>> index(List<ProcedureRow> rows, Function<ProcedureRow, String> unit) {
            Map<String, List<ProcedureRow>> index = new HashMap<>();
            rows.forEach(row -> index.computeIfAbsent(unit.apply(row), k -> new ArrayList<>()).add(row));
            index.replaceAll((k, list) -> Collections.unmodifiableList(list));
            return index;
        }
    }
}
