package io.boneregistry.outcomes.statistics;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Control limits of a funnel plot for a proportion with target p0, from the exact binomial
 * distribution with Spiegelhalter's (2005) interpolation between attainable values:
 * r = the p-quantile of Binomial(n, p0), α = (F(r) − p) / (F(r) − F(r − 1)), limit = (r − α) / n.
 */
public final class FunnelLimits {

    private FunnelLimits() {
    }

    /** The limit at cumulative probability {@code p} (0.025 and 0.975 for 95 %, 0.001 and 0.999 for 99.8 %). */
    public static double limit(int n, double p0, double p) {
        if (p0 <= 0) return 0;
        if (p0 >= 1) return 1;
        BinomialDistribution binomial = new BinomialDistribution(null, n, p0);
        int r = binomial.inverseCumulativeProbability(p);
        double atR = binomial.cumulativeProbability(r);
        double belowR = r == 0 ? 0 : binomial.cumulativeProbability(r - 1);
        double alpha = (atR - p) / (atR - belowR);
        return Math.min(1, Math.max(0, (r - alpha) / n));
    }
}
