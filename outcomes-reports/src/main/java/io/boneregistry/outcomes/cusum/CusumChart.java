package io.boneregistry.outcomes.cusum;

import io.boneregistry.api.access.CaseScope;

import java.util.List;
import java.util.function.UnaryOperator;

/** An operator's Bernoulli CUSUM on a benchmark's failures, in procedure order, with its signals. */
public record CusumChart(String benchmarkId, String operatorId, String failure, double p0, double p1, double threshold,
                         List<CusumPoint> points, List<CusumPoint> signals) {

    /** The chart with case-level items (case, procedure, date) only of the points whose centre is in {@code scope}. */
    public CusumChart within(CaseScope scope) {
        UnaryOperator<CusumPoint> seen = point -> scope.includes(point.centreId()) ? point : point.countedOnly();
        return new CusumChart(benchmarkId, operatorId, failure, p0, p1, threshold, points.stream().map(seen).toList(),
                signals.stream().map(seen).toList());
    }
}
