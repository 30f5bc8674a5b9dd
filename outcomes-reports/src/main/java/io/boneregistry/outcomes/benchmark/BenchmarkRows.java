package io.boneregistry.outcomes.benchmark;

import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.outcomes.statistics.ClusteredProportion;
import io.boneregistry.outcomes.statistics.Interval;
import io.boneregistry.outcomes.statistics.KaplanMeier;
import io.boneregistry.outcomes.statistics.Observation;
import io.boneregistry.outcomes.statistics.Proportions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.boneregistry.outcomes.benchmark.OutcomeSettings.CONFIDENCE;

/** Turns a benchmark's tally into its row: the statistics of docs/outcomes.md#a-proportion-and-its-verdict, or §5 for the time to event. */
public final class BenchmarkRows {

    private BenchmarkRows() {
    }

    /**
     * Every benchmark's row. Each benchmark counts procedures using its technique only, so each is
     * handed those: a table is one pass over the rows and a pass per benchmark over its technique's.
     */
    public static List<BenchmarkRow> all(List<ProcedureRow> rows, OutcomeSettings settings) {
        return all(byTechnique(rows), settings, Kept.NOTHING);
    }

    /** Every benchmark's row from rows {@linkplain #byTechnique grouped by technique}, what it counts from taken from {@code kept}. */
    public static List<BenchmarkRow> all(Map<Technique, List<ProcedureRow>> byTechnique, OutcomeSettings settings, Kept kept) {
        return Arrays.stream(Benchmark.values())
                .map(benchmark -> row(benchmark, byTechnique.getOrDefault(benchmark.technique(), List.of()), settings, kept)).toList();
    }

    /** The rows using each technique (a row of a combined procedure under each of its techniques). */
    public static Map<Technique, List<ProcedureRow>> byTechnique(List<ProcedureRow> rows) {
        Map<Technique, List<ProcedureRow>> byTechnique = new EnumMap<>(Technique.class);
        for (ProcedureRow row : rows) {
            for (Technique technique : row.techniques()) byTechnique.computeIfAbsent(technique, t -> new ArrayList<>()).add(row);
        }
        return byTechnique;
    }

    public static BenchmarkRow row(Benchmark benchmark, List<ProcedureRow> rows, OutcomeSettings settings) {
        return row(benchmark, rows, settings, Kept.NOTHING);
    }

    private static BenchmarkRow row(Benchmark benchmark, List<ProcedureRow> rows, OutcomeSettings settings, Kept kept) {
        return benchmark.timeToEvent()
                ? duration(benchmark, kept.of(benchmark, () -> Measures.painCourses(benchmark, rows, settings)), settings)
                : proportion(benchmark, kept.of(benchmark, () -> Measures.counter(benchmark, rows, settings)).count(settings), settings);
    }

    /**
     * Where what a benchmark counts from (its {@linkplain Measures#counter counter}, or the pain
     * courses of a time to event) comes from: made now, or kept from an earlier answer on the same
     * rows under settings that agree on what the benchmark {@linkplain Measures#reads reads}.
     */
    public interface Kept {
        Kept NOTHING = new Kept() {
            @Override
            public <T> T of(Benchmark benchmark, Supplier<T> making) {
                return making.get();
            }
        };

        <T> T of(Benchmark benchmark, Supplier<T> making);
    }

    private static BenchmarkRow proportion(Benchmark benchmark, Tally.Count tally, OutcomeSettings settings) {
        int n = tally.n();
        int x = tally.x();
        Interval wilson = n == 0 ? null : Proportions.wilson(x, n, CONFIDENCE);
        Interval exact = n == 0 ? null : Proportions.clopperPearson(x, n, CONFIDENCE);
        Tally.Clusters clusters = tally.clusters();
        ClusteredProportion clustered = clusters == null || n == 0 ? null
                : ClusteredProportion.of(x, n, clusters.k(), clusters.sumXX(), clusters.sumXN(), clusters.sumNN(), CONFIDENCE);
        PatientRate perPatient = clusters == null ? null : new PatientRate(clusters.k(), clusters.withHit(),
                clusters.k() == 0 ? null : (double) clusters.withHit() / clusters.k(),
                clusters.k() == 0 ? null : Proportions.wilson(clusters.withHit(), clusters.k(), CONFIDENCE));
        double effectiveN = clustered == null ? n : clustered.effectiveN();
        return new BenchmarkRow(benchmark.id(), benchmark.technique(), benchmark.measure(), benchmark.population(), n, x,
                n == 0 ? null : (double) x / n, tally.notEvaluable(), wilson, exact, BenchmarkFigure.of(benchmark),
                Verdict.of(benchmark, clustered == null ? wilson : clustered.interval(), n, settings),
                n == 0 ? null : pValue(benchmark, (double) x / n * effectiveN, effectiveN), null, null, false, tally.painAtTreatedSite(),
                clustered == null ? null : clustered.interval(), perPatient);
    }

    /**
     * The one-sided exact p-value against the figure's worse edge (of x hits in n, whole or, for a
     * clustered count, effective); none where the text says nothing of what is worse.
     */
    private static Double pValue(Benchmark benchmark, double x, double n) {
        if (!benchmark.saysWhatIsWorse()) return null;
        return benchmark.direction() == Direction.HIGHER_IS_BETTER ? Proportions.atMost(x, n, benchmark.low())
                : Proportions.atLeast(x, n, benchmark.high());
    }

    private static BenchmarkRow duration(Benchmark benchmark, PainCourses courses, OutcomeSettings settings) {
        Tally.Count responders = courses.respondersCount(settings.responderThreshold(benchmark));
        List<Observation> durations = courses.durations(settings.responderThreshold(benchmark));
        KaplanMeier.Estimate estimate = KaplanMeier.estimate(durations, CONFIDENCE);
        Interval median95 = responders.n() == 0 ? null : estimate.median95();
        return new BenchmarkRow(benchmark.id(), benchmark.technique(), benchmark.measure(), benchmark.population(),
                responders.n(), responders.x(), null, responders.notEvaluable(), null, null, BenchmarkFigure.of(benchmark),
                Verdict.of(benchmark, median95, responders.n(), settings), null, estimate.median(), median95, false,
                responders.painAtTreatedSite(), null, null);
    }
}
