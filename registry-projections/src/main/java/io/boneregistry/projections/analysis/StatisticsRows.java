package io.boneregistry.projections.analysis;

import io.boneregistry.api.analysis.FindStatisticsRows;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.analysis.StatisticsRowSet;
import io.boneregistry.projections.internal.HeldByCase;
import io.boneregistry.projections.progress.StoredTokens;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The statistics read model as the outcome reports count it: every analysis row, held compactly in
 * memory ({@link HeldByCase}) from {@link StatisticsTable}, with the rows of each centre and of each
 * operator at hand. A benchmark table then costs a pass over rows already in memory, not a JSON
 * document per case.
 */
@Component
public class StatisticsRows {

    private final HeldByCase<List<ProcedureRow>> held;
    private volatile View view = new View(null);

    public StatisticsRows(JdbcTemplate jdbc, StoredTokens tokens) {
        StatisticsTable table = new StatisticsTable(jdbc);
        this.held = new HeldByCase<>(new HeldByCase.Source<>() {
            @Override
            public HeldByCase.Marks marks() {
                return new HeldByCase.Marks(table.generation(), tokens.settled(AnalysisDatasetProjection.NAME).orElse(0), table.newest());
            }

            @Override
            public Map<String, List<ProcedureRow>> casesChangedAfter(long revision) {
                return table.casesChangedAfter(revision);
            }
        });
    }

    /** Reads the rows once the registry has started, so the first auditor does not wait for them. */
    @EventListener(ContextRefreshedEvent.class)
    void readAhead() {
        held.readAhead("statistics");
    }

    @QueryHandler
    public StatisticsRowSet handle(FindStatisticsRows query) {
        HeldByCase.Snapshot<List<ProcedureRow>> snapshot = held.current();
        View current = view;
        if (current.snapshot != snapshot) {
            current = new View(snapshot);
            view = current;
        }
        if (query.operatorId() != null) return new StatisticsRowSet(snapshot.version(), current.byOperator.getOrDefault(query.operatorId(), List.of()));
        if (query.centreId() != null) return new StatisticsRowSet(snapshot.version(), current.byCentre.getOrDefault(query.centreId(), List.of()));
        return new StatisticsRowSet(snapshot.version(), current.rows);
    }

    /** A snapshot's rows in case order, and by centre and by operator. */
    private static final class View {
        final HeldByCase.Snapshot<List<ProcedureRow>> snapshot;
        final List<ProcedureRow> rows;
        final Map<String, List<ProcedureRow>> byCentre;
        final Map<String, List<ProcedureRow>> byOperator;

        View(HeldByCase.Snapshot<List<ProcedureRow>> snapshot) {
            this.snapshot = snapshot;
            List<ProcedureRow> all = new ArrayList<>();
            if (snapshot != null) snapshot.byCase().values().forEach(all::addAll);
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
