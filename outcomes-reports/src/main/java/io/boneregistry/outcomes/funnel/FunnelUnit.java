package io.boneregistry.outcomes.funnel;

/** A unit's point on the funnel and on which side, if any, it lies outside the 95 % and 99.8 % limits. */
public record FunnelUnit(String unit, Integer n, Integer x, Double rate, Side outside95, Side outside998, boolean worse,
                         boolean suppressed) {
}
