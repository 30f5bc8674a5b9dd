package io.boneregistry.outcomes.funnel;

import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.outcomes.benchmark.Benchmark;
import io.boneregistry.outcomes.benchmark.Direction;
import io.boneregistry.outcomes.benchmark.Measures;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import io.boneregistry.outcomes.benchmark.Tally;
import io.boneregistry.outcomes.statistics.FunnelLimits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Funnel plots (docs/outcomes.md#comparing-units): each unit as (n, rate) against the documented figure's
 * {@linkplain Benchmark#target target}, with exact binomial limits at 95 % ("alert") and 99.8 % ("alarm"),
 * Spiegelhalter 2005. Where the text sets no floor (an upper figure for something better when higher),
 * a unit below the limits is shown outside them but not called worse.
 */
public final class FunnelPlots {

    private static final int EVERY_N_UP_TO = 200;
    private static final Map<SizeAndTarget, FunnelLimitsAt> LIMITS = new ConcurrentHashMap<>();

    private FunnelPlots() {
    }

    public static FunnelPlot of(Benchmark benchmark, UnitKind by, List<ProcedureRow> rows, OutcomeSettings settings, boolean shared) {
        return of(benchmark, by, counters(benchmark, by, rows, settings), settings, shared);
    }

    /** Each unit's {@linkplain Measures#counter counter} for the benchmark, kept by a caller that asks again under other settings. */
    public static Map<String, Measures.Counter> counters(Benchmark benchmark, UnitKind by, List<ProcedureRow> rows, OutcomeSettings settings) {
        if (benchmark.timeToEvent()) throw new IllegalArgumentException(benchmark.id() + " is a time to event, not a proportion");
        Map<String, List<ProcedureRow>> byUnit = new TreeMap<>();
        for (ProcedureRow row : rows) byUnit.computeIfAbsent(by.of(row), unit -> new ArrayList<>()).add(row);
        Map<String, Measures.Counter> counters = new TreeMap<>();
        byUnit.forEach((unit, unitRows) -> counters.put(unit, Measures.counter(benchmark, unitRows, settings)));
        return counters;
    }

    /** The funnel of the units' counts under {@code settings}; a unit with no one in the denominator is not drawn. */
    public static FunnelPlot of(Benchmark benchmark, UnitKind by, Map<String, Measures.Counter> counters, OutcomeSettings settings,
                                boolean shared) {
        Map<String, int[]> counts = new TreeMap<>();
        counters.forEach((unit, counter) -> {
            Tally.Count count = counter.count(settings);
            if (count.n() > 0) counts.put(unit, new int[] {count.n(), count.x()});
        });
        double target = benchmark.target();
        Map<Integer, FunnelLimitsAt> limits = new TreeMap<>();
        curveSizes(counts.values().stream().mapToInt(count -> count[0]).max().orElse(0)).forEach(n -> limits.put(n, limitsAt(n, target)));
        counts.values().forEach(count -> limits.computeIfAbsent(count[0], n -> limitsAt(n, target)));
        List<FunnelUnit> units = new ArrayList<>();
        Side worseSide = !benchmark.saysWhatIsWorse() ? null : benchmark.direction() == Direction.LOWER_IS_BETTER ? Side.ABOVE : Side.BELOW;
        counts.forEach((unit, count) -> units.add(unit(unit, count[0], count[1], limits.get(count[0]), worseSide,
                shared ? settings.smallCellThreshold() : 0)));
        return new FunnelPlot(benchmark.id(), by, target, benchmark.direction(), units, List.copyOf(limits.values()),
                units.stream().filter(unit -> unit.outside95() != null).toList());
    }

    /**
     * Where the limits are drawn: every n up to {@value #EVERY_N_UP_TO}, then n growing by 2 % up to
     * the largest unit (the limits move by far less than a line's width between them); each unit's
     * own n is added, so its verdict reads the limits at its exact n.
     */
    static IntStream curveSizes(int largest) {
        return IntStream.iterate(1, n -> n <= largest, n -> n < EVERY_N_UP_TO ? n + 1 : Math.max(n + 1, (int) (n * 1.02)));
    }

    /** Limits depend on n and the target only, and every funnel of a benchmark draws the same ones: computed once. */
    private static FunnelLimitsAt limitsAt(int n, double target) {
        if (LIMITS.size() > 100_000) LIMITS.clear();
        return LIMITS.computeIfAbsent(new SizeAndTarget(n, target), key -> computeLimitsAt(n, target));
    }

    private record SizeAndTarget(int n, double target) {
    }

    private static FunnelLimitsAt computeLimitsAt(int n, double target) {
        return new FunnelLimitsAt(n, FunnelLimits.limit(n, target, 0.025), FunnelLimits.limit(n, target, 0.975),
                FunnelLimits.limit(n, target, 0.001), FunnelLimits.limit(n, target, 0.999));
    }

    /** A unit outside the limits on {@code worseSide} is worse; with no worse side (the text sets no floor), none is. */
    private static FunnelUnit unit(String unit, int n, int x, FunnelLimitsAt limits, Side worseSide, int smallCell) {
        double rate = (double) x / n;
        Side outside95 = rate > limits.high95() ? Side.ABOVE : rate < limits.low95() ? Side.BELOW : null;
        Side outside998 = rate > limits.high998() ? Side.ABOVE : rate < limits.low998() ? Side.BELOW : null;
        boolean worse = worseSide != null && outside95 == worseSide;
        boolean suppressed = n < smallCell || x > 0 && x < smallCell;
        return suppressed
                ? new FunnelUnit(unit, null, null, null, outside95, outside998, worse, true)
                : new FunnelUnit(unit, n, x, rate, outside95, outside998, worse, false);
    }
}
