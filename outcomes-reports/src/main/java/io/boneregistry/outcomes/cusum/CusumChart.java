package io.boneregistry.outcomes.cusum;

import java.util.List;

/** An operator's Bernoulli CUSUM on a benchmark's failures, in procedure order, with its signals. */
public record CusumChart(String benchmarkId, String operatorId, String failure, double p0, double p1, double threshold,
                         List<CusumPoint> points, List<CusumPoint> signals) {
}
