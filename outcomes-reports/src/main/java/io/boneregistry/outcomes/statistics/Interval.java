package io.boneregistry.outcomes.statistics;

/** A confidence interval; either bound may be null where it is not defined. */
public record Interval(Double low, Double high) {
}
