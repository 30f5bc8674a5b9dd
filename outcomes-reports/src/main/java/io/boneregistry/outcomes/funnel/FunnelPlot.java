package io.boneregistry.outcomes.funnel;

import io.boneregistry.outcomes.benchmark.Direction;

import java.util.List;

/** A benchmark by centre or operator against its target, with exact-binomial limits for every n up to the largest unit. */
public record FunnelPlot(String benchmarkId, UnitKind by, double target, Direction direction, List<FunnelUnit> units,
                         List<FunnelLimitsAt> limits, List<FunnelUnit> outside) {
}
