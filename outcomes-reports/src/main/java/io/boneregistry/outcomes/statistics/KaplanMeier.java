package io.boneregistry.outcomes.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Kaplan–Meier estimate with Greenwood variance and log-log confidence limits, and its median
 * with confidence interval read off those limits, all as R's survival package computes and prints
 * them (survfit(conf.type = "log-log"), quantile.survfit). Competing events count as censored here.
 */
public final class KaplanMeier {

    private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    public record Estimate(List<SurvivalStep> steps, Double median, Interval median95, int n, int events) {

        /**
         * The number still at risk at a time: observed for at least that long (R's summary(fit,
         * times)), read off the first step at or after it.
         */
        public int atRisk(double time) {
            int low = 0;
            int high = steps.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (steps.get(middle).time() < time) low = middle + 1;
                else high = middle;
            }
            return low == steps.size() ? 0 : steps.get(low).atRisk();
        }
    }

    private KaplanMeier() {
    }

    public static Estimate estimate(List<Observation> observations, double confidence) {
        List<Observation> sorted = inTimeOrder(observations);
        double z = Proportions.z(confidence);
        List<SurvivalStep> steps = new ArrayList<>();
        double survival = 1;
        double cumulativeVariance = 0;
        int atRisk = sorted.size();
        int events = 0;
        int i = 0;
        while (i < sorted.size()) {
            double time = sorted.get(i).time();
            int died = 0;
            int censored = 0;
            while (i < sorted.size() && sorted.get(i).time() == time) {
                if (sorted.get(i).cause() == 1) died++;
                else censored++;
                i++;
            }
            if (died > 0) {
                survival *= 1 - (double) died / atRisk;
                cumulativeVariance += died == atRisk ? Double.POSITIVE_INFINITY : (double) died / ((double) atRisk * (atRisk - died));
            }
            double stdErr = Math.sqrt(cumulativeVariance);
            steps.add(logLogStep(time, atRisk, died, censored, survival, stdErr, z));
            events += died;
            atRisk -= died + censored;
        }
        return new Estimate(steps, quantile(steps, Curve.ESTIMATE), new Interval(quantile(steps, Curve.LOWER), quantile(steps, Curve.UPPER)),
                observations.size(), events);
    }

    /** The observations by time; those given in time order already (as palliation durations are) as they are. */
    private static List<Observation> inTimeOrder(List<Observation> observations) {
        for (int k = 1; k < observations.size(); k++) {
            if (observations.get(k).time() < observations.get(k - 1).time()) {
                List<Observation> sorted = new ArrayList<>(observations);
                sorted.sort(Comparator.comparingDouble(Observation::time));
                return sorted;
            }
        }
        return observations;
    }

    private static SurvivalStep logLogStep(double time, int atRisk, int died, int censored, double survival, double stdErr, double z) {
        if (survival <= 0 || survival >= 1 || Double.isInfinite(stdErr)) {
            return new SurvivalStep(time, atRisk, died, censored, survival, stdErr, null, null);
        }
        double spread = z * stdErr / Math.log(survival);
        double logMinusLog = Math.log(-Math.log(survival));
        return new SurvivalStep(time, atRisk, died, censored, survival, stdErr,
                Math.exp(-Math.exp(logMinusLog - spread)), Math.exp(-Math.exp(logMinusLog + spread)));
    }

    private enum Curve { ESTIMATE, LOWER, UPPER }

    /**
     * The first time a curve reaches 0.5; where it stays exactly at 0.5, the midpoint of that
     * stretch (to the last time observed if it never drops below). R's survival:::findq.
     */
    private static Double quantile(List<SurvivalStep> steps, Curve curve) {
        List<Double> times = new ArrayList<>(List.of(0.0));
        List<Double> distribution = new ArrayList<>(List.of(0.0));
        for (SurvivalStep step : steps) {
            times.add(step.time());
            Double value = switch (curve) {
                case ESTIMATE -> step.survival();
                case LOWER -> step.lower();
                case UPPER -> step.upper();
            };
            distribution.add(value == null ? null : 1 - value);
        }
        double lastTime = times.get(times.size() - 1);
        if (distribution.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0) < 0.5) return null;
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int k = 0; k < times.size(); k++) {
            Double value = distribution.get(k);
            if (!containsValue(y, value)) {
                x.add(times.get(k));
                y.add(value);
            }
        }
        Integer first = firstIndex(y, 0.5, +TOLERANCE);
        Integer below = firstIndex(y, 0.5, -TOLERANCE);
        Double lastValue = y.get(y.size() - 1);
        if (first != null && lastValue != null && Math.abs(0.5 - lastValue) < TOLERANCE) return (x.get(first) + lastTime) / 2;
        if (first == null || below == null) return null;
        return (x.get(first) + x.get(below)) / 2;
    }

    private static boolean containsValue(List<Double> values, Double value) {
        return values.stream().anyMatch(v -> v == null ? value == null : v.equals(value));
    }

    /** The first defined position where value + shift ≥ p. */
    private static Integer firstIndex(List<Double> values, double p, double shift) {
        for (int k = 0; k < values.size(); k++) {
            if (values.get(k) != null && values.get(k) + shift >= p) return k;
        }
        return null;
    }
}
