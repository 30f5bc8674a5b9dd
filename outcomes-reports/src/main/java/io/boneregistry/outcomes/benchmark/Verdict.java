package io.boneregistry.outcomes.benchmark;

import io.boneregistry.outcomes.statistics.Interval;

/** How a unit stands against a documented figure [low, high], judged on a 95 % interval (docs/outcomes.md#a-proportion-and-its-verdict). */
public enum Verdict {
    BETTER, WITHIN, WORSE, INSUFFICIENT_DATA;

    /** Null interval bounds are open (a median never reached has no upper limit). */
    public static Verdict of(Benchmark benchmark, Interval interval, int n, OutcomeSettings settings) {
        if (n < settings.minDenominator() || interval == null) return INSUFFICIENT_DATA;
        double low = interval.low() == null ? Double.NEGATIVE_INFINITY : interval.low();
        double high = interval.high() == null ? Double.POSITIVE_INFINITY : interval.high();
        boolean higherIsBetter = benchmark.direction() == Direction.HIGHER_IS_BETTER;
        if (high < benchmark.low()) return higherIsBetter ? WORSE : BETTER;
        if (low > benchmark.high()) return higherIsBetter ? BETTER : WORSE;
        return WITHIN;
    }
}
