package io.boneregistry.outcomes.cusum;

import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.outcomes.benchmark.Benchmark;
import io.boneregistry.outcomes.benchmark.Direction;
import io.boneregistry.outcomes.benchmark.Measures;
import io.boneregistry.outcomes.benchmark.Member;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import io.boneregistry.outcomes.statistics.BernoulliCusum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * CUSUM per operator (docs/outcomes.md#comparing-units). The failure is the benchmark's event where lower is better
 * (complication, leak, recurrence), its absence where higher is better (non-response,
 * non-success). The acceptable failure rate p0 defaults to the documented figure's midpoint, read
 * as a failure rate; the unacceptable one is {@code cusumRateRatio} times p0.
 */
public final class CusumCharts {

    private CusumCharts() {
    }

    public static double defaultAcceptableRate(Benchmark benchmark) {
        return benchmark.direction() == Direction.LOWER_IS_BETTER ? benchmark.target() : 1 - benchmark.target();
    }

    public static CusumChart of(Benchmark benchmark, String operatorId, List<ProcedureRow> operatorRows, OutcomeSettings settings, Double p0) {
        if (benchmark.timeToEvent()) throw new IllegalArgumentException(benchmark.id() + " is a time to event, not a proportion");
        double acceptable = p0 != null ? p0 : defaultAcceptableRate(benchmark);
        double unacceptable = Math.min(0.999, acceptable * settings.cusumRateRatio());
        boolean failureIsHit = benchmark.direction() == Direction.LOWER_IS_BETTER;
        List<Member> members = new ArrayList<>(Measures.tally(benchmark, operatorRows, settings).members());
        members.sort(Comparator.comparing((Member m) -> m.row().performedOn())
                .thenComparing(m -> m.row().caseId()).thenComparing(m -> m.row().procedureNumber()));
        List<Boolean> failures = members.stream().map(member -> member.hit() == failureIsHit).toList();
        List<BernoulliCusum.Point> series = BernoulliCusum.run(failures, acceptable, unacceptable, settings.cusumThreshold());
        List<CusumPoint> points = new ArrayList<>();
        for (BernoulliCusum.Point point : series) {
            ProcedureRow row = members.get(point.index()).row();
            points.add(new CusumPoint(point.index(), row.centreId(), row.caseId(), row.procedureId(), row.performedOn(), point.failure(),
                    point.value(), point.signal()));
        }
        return new CusumChart(benchmark.id(), operatorId, failureIsHit ? benchmark.measure() : "no " + benchmark.measure(),
                acceptable, unacceptable, settings.cusumThreshold(), points, points.stream().filter(CusumPoint::signal).toList());
    }
}
