package io.boneregistry.outcomes.statistics;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A proportion whose members come in clusters (the vertebrae cemented in one patient), which are
 * not independent: the variance of x/n is the cluster-robust (with-replacement) variance of the
 * ratio estimator, and the interval Korn and Graubard's (1998) Clopper–Pearson interval on the
 * effective sample size, with its degrees-of-freedom correction — what R's
 * {@code survey::svyciprop(method = "beta")} gives for {@code svydesign(ids = ~patient)}
 * (src/test/resources/reference/reference.R). Where the variance says nothing (no hit, or all hits,
 * or one cluster) the clusters themselves are the effective sample.
 */
public record ClusteredProportion(double effectiveN, Interval interval) {

    private static final double BETA_ACCURACY = 1e-14;

    /**
     * {@code x} hits of {@code n} members in {@code k} clusters, with the sums over clusters of
     * x_i², x_i·n_i and n_i².
     */
    public static ClusteredProportion of(int x, int n, int k, double sumXX, double sumXN, double sumNN, double confidence) {
        if (n == 0) return new ClusteredProportion(0, new Interval(null, null));
        double p = (double) x / n;
        double alpha = 1 - confidence;
        if (x == 0 || x == n || k < 2) {
            double xk = p * k;
            return new ClusteredProportion(k, interval(xk, k, alpha));
        }
        double residuals = sumXX - 2 * p * sumXN + p * p * sumNN;
        double variance = (double) k / (k - 1) * residuals / ((double) n * n);
        double effective = p * (1 - p) / variance;
        double correction = quantile(alpha / 2, n - 1) / quantile(alpha / 2, k - 1);
        effective *= correction * correction;
        return new ClusteredProportion(effective, interval(p * effective, effective, alpha));
    }

    /** Clopper–Pearson from beta quantiles, for a count and size that need not be whole. */
    private static Interval interval(double x, double n, double alpha) {
        double low = x <= 0 ? 0 : new BetaDistribution(null, x, n - x + 1, BETA_ACCURACY).inverseCumulativeProbability(alpha / 2);
        double high = x >= n ? 1 : new BetaDistribution(null, x + 1, n - x, BETA_ACCURACY).inverseCumulativeProbability(1 - alpha / 2);
        return new Interval(low, high);
    }

    private static double quantile(double p, int degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(p);
    }
}
