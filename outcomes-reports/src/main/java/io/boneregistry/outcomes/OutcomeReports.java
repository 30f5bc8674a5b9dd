package io.boneregistry.outcomes;

import io.boneregistry.api.access.CaseScope;
import io.boneregistry.api.analysis.AnalysisDataset;
import io.boneregistry.api.analysis.ConformanceTallies;
import io.boneregistry.api.analysis.FindAnalysisDataset;
import io.boneregistry.api.analysis.FindConformanceTallies;
import io.boneregistry.api.analysis.FindStatisticsRows;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.analysis.StatisticsRowSet;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.outcomes.auditreport.AuditReport;
import io.boneregistry.outcomes.benchmark.Benchmark;
import io.boneregistry.outcomes.benchmark.BenchmarkReport;
import io.boneregistry.outcomes.benchmark.BenchmarkRow;
import io.boneregistry.outcomes.benchmark.BenchmarkRows;
import io.boneregistry.outcomes.benchmark.DatasetFilter;
import io.boneregistry.outcomes.benchmark.Measures;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import io.boneregistry.outcomes.conformance.ConformanceReport;
import io.boneregistry.outcomes.conformance.ConformanceRows;
import io.boneregistry.outcomes.cusum.CusumChart;
import io.boneregistry.outcomes.cusum.CusumCharts;
import io.boneregistry.outcomes.funnel.FunnelPlot;
import io.boneregistry.outcomes.funnel.FunnelPlots;
import io.boneregistry.outcomes.funnel.UnitKind;
import io.boneregistry.outcomes.survival.SurvivalCurve;
import io.boneregistry.outcomes.survival.SurvivalCurves;
import io.boneregistry.outcomes.survival.SurvivalEndpoint;
import io.boneregistry.projections.internal.KeptAnswers;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The outcome reports: each reads the statistics read model's rows (or the conformance tallies)
 * through the projections' queries and hands them to the pure statistics of this module.
 */
@Service
public class OutcomeReports {

    private final QueryGateway queries;
    private final KeptAnswers answers = new KeptAnswers();

    public OutcomeReports(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * The rows the statistics count, from the statistics read model: every centre's, whoever asks
     * (the answers built from them hold no case-level items).
     */
    private StatisticsRowSet statisticsRows(DatasetFilter filter) {
        return queries.query(new FindStatisticsRows(filter.centreId(), filter.operatorId()), StatisticsRowSet.class).join();
    }

    /** The answer computed from the filter's rows, or the one already computed from the same rows. */
    private <T> T answer(DatasetFilter filter, Function<List<ProcedureRow>, T> compute, Object... question) {
        StatisticsRowSet rows = statisticsRows(filter);
        return answers.get(rows.version(), () -> compute.apply(filter.apply(rows.rows())), question);
    }

    /** The analysis rows themselves, of the cases inside {@code scope} only. */
    public List<ProcedureRow> caseRows(DatasetFilter filter, CaseScope scope) {
        return filter.apply(queries.query(new FindAnalysisDataset(filter.centreId(), scope), AnalysisDataset.class).join().rows());
    }

    public BenchmarkReport benchmarks(DatasetFilter filter, OutcomeSettings settings, boolean shared) {
        StatisticsRowSet set = statisticsRows(filter);
        BenchmarkRows.Kept kept = new BenchmarkRows.Kept() {
            @Override
            public <T> T of(Benchmark benchmark, Supplier<T> making) {
                return answers.get(set.version(), making, "counter", benchmark, filter, Measures.reads(benchmark, settings));
            }
        };
        List<BenchmarkRow> rows = answers.get(set.version(), () -> BenchmarkRows.all(
                answers.get(set.version(), () -> BenchmarkRows.byTechnique(filter.apply(set.rows())), "byTechnique", filter), settings, kept),
                "benchmarks", filter, settings);
        if (shared) rows = rows.stream().map(row -> row.suppressedBelow(settings.smallCellThreshold())).toList();
        return new BenchmarkReport(settings, filter, shared, rows);
    }

    /** A funnel; each unit's counter is kept for other settings that agree on what the benchmark reads. */
    public FunnelPlot funnel(Benchmark benchmark, UnitKind by, DatasetFilter filter, OutcomeSettings settings, boolean shared) {
        StatisticsRowSet set = statisticsRows(filter);
        Supplier<Map<String, Measures.Counter>> counters = () -> answers.get(set.version(),
                () -> FunnelPlots.counters(benchmark, by, filter.apply(set.rows()), settings),
                "funnel counters", benchmark, by, filter, Measures.reads(benchmark, settings));
        return answers.get(set.version(), () -> FunnelPlots.of(benchmark, by, counters.get(), settings, shared),
                "funnel", benchmark, by, filter, settings, shared);
    }

    /** An operator's CUSUM, its case-level items only of the cases inside {@code scope}. */
    public CusumChart cusum(Benchmark benchmark, String operatorId, DatasetFilter filter, OutcomeSettings settings, Double p0,
                            CaseScope scope) {
        DatasetFilter operator = new DatasetFilter(filter.centreId(), operatorId, filter.from(), filter.to(), filter.technique(), filter.combined(),
                filter.otherTreatment());
        StatisticsRowSet set = statisticsRows(operator);
        Supplier<CusumChart> chart = () -> answers.get(set.version(),
                () -> CusumCharts.of(benchmark, operatorId, operator.apply(set.rows()), settings, p0), "cusum", benchmark, operator, settings, p0);
        return answers.get(set.version(), () -> chart.get().within(scope), "cusum within", benchmark, operator, settings, p0, scope);
    }

    /** A survival curve; the endpoint's observer is kept for other settings that agree on what it reads. */
    public SurvivalCurve survival(SurvivalEndpoint endpoint, DatasetFilter filter, Diagnosis diagnosis,
                                  List<Double> atTimes, OutcomeSettings settings) {
        StatisticsRowSet set = statisticsRows(filter);
        Supplier<SurvivalEndpoint.Observer> observer = () -> answers.get(set.version(), () -> endpoint.observer(
                        filter.apply(set.rows()).stream().filter(row -> row.index() && (diagnosis == null || row.diagnosis() == diagnosis)).toList(),
                        settings),
                "observer", endpoint, filter, diagnosis, endpoint.reads(settings));
        return answers.get(set.version(), () -> SurvivalCurves.of(endpoint, observer.get().observe(settings), atTimes),
                "survival", endpoint, filter, diagnosis, atTimes, settings);
    }

    /** The centres and operators that have procedures, for choosing a unit to look at. */
    public Units units() {
        return answer(DatasetFilter.all(), rows -> new Units(rows.stream().map(ProcedureRow::centreId).distinct().sorted().toList(),
                rows.stream().map(ProcedureRow::operatorId).distinct().sorted().toList()), "units");
    }

    public record Units(List<String> centres, List<String> operators) {
    }

    /**
     * The printable audit report's content: the scope's benchmarks, every centre's funnel for the
     * same period (the scope's centre highlighted when drawn), and the scope's conformance. Each
     * part is the dashboard's own answer, so a report after a look at the dashboard counts nothing again.
     */
    public AuditReport audit(String centreId, LocalDate from, LocalDate to, OutcomeSettings settings) {
        DatasetFilter scope = new DatasetFilter(centreId, null, from, to, null, null);
        DatasetFilter period = new DatasetFilter(null, null, from, to, null, null);
        List<FunnelPlot> funnels = Arrays.stream(Benchmark.values()).filter(benchmark -> !benchmark.timeToEvent())
                .map(benchmark -> funnel(benchmark, UnitKind.CENTRE, period, settings, false))
                .filter(plot -> plot.units().stream().anyMatch(unit -> unit.n() != null && unit.n() > 0))
                .toList();
        return new AuditReport(centreId, from, to, Instant.now(), settings, benchmarks(scope, settings, false), funnels,
                conformance(centreId, from, to, CaseScope.of(Set.of())));
    }

    /** Conformance per rule; the deviations listed are those of cases inside {@code scope}, the others only counted. */
    public ConformanceReport conformance(String centreId, LocalDate from, LocalDate to, CaseScope scope) {
        ConformanceTallies tallies = queries.query(new FindConformanceTallies(centreId, from, to, scope), ConformanceTallies.class).join();
        return new ConformanceReport(centreId, from, to, ConformanceRows.of(tallies));
    }
}
