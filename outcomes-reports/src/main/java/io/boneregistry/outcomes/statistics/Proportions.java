package io.boneregistry.outcomes.statistics;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * Intervals and exact tests for a proportion x/n. Checked against R's prop.test(correct = FALSE)
 * and binom.test (see src/test/resources/reference/proportions.R).
 */
public final class Proportions {

    private static final double BETA_ACCURACY = 1e-14;

    private Proportions() {
    }

    /** The Wilson score interval, without continuity correction. */
    public static Interval wilson(int x, int n, double confidence) {
        if (n == 0) return new Interval(null, null);
        double z = z(confidence);
        double p = (double) x / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(x == 0 ? 0.0 : Math.max(0, centre - half), x == n ? 1.0 : Math.min(1, centre + half));
    }

    /** The Clopper–Pearson exact interval from beta quantiles. */
    public static Interval clopperPearson(int x, int n, double confidence) {
        if (n == 0) return new Interval(null, null);
        double alpha = 1 - confidence;
        double low = x == 0 ? 0 : new BetaDistribution(null, x, n - x + 1, BETA_ACCURACY).inverseCumulativeProbability(alpha / 2);
        double high = x == n ? 1 : new BetaDistribution(null, x + 1, n - x, BETA_ACCURACY).inverseCumulativeProbability(1 - alpha / 2);
        return new Interval(low, high);
    }

    /**
     * P(X ≤ x) for X ~ Binomial(n, p), as R's binom.test(alternative = "less"); through the beta
     * function, so an effective (clustered) count and size need not be whole.
     */
    public static double atMost(double x, double n, double p) {
        if (x >= n) return 1;
        if (p <= 0) return 1;
        if (p >= 1) return 0;
        return Beta.regularizedBeta(1 - p, n - x, x + 1.0);
    }

    /** P(X ≥ x) for X ~ Binomial(n, p), as R's binom.test(alternative = "greater"); x and n need not be whole. */
    public static double atLeast(double x, double n, double p) {
        if (x <= 0) return 1;
        if (p <= 0) return 0;
        if (p >= 1) return 1;
        return Beta.regularizedBeta(p, x, n - x + 1.0);
    }

    static double z(double confidence) {
        return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }
}
