package io.boneregistry.outcomes.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * The Bernoulli CUSUM of a sequence of outcomes (true = failure) against an acceptable failure
 * rate p0 and an unacceptable one p1: each failure adds ln(p1/p0), each success adds
 * ln((1 − p1)/(1 − p0)), the sum never falls below 0, and reaching the threshold h is a signal,
 * after which the sum starts again from 0.
 */
public final class BernoulliCusum {

    public record Point(int index, boolean failure, double value, boolean signal) {
    }

    private BernoulliCusum() {
    }

    public static List<Point> run(List<Boolean> failures, double p0, double p1, double threshold) {
        double failureWeight = Math.log(p1 / p0);
        double successWeight = Math.log((1 - p1) / (1 - p0));
        List<Point> points = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < failures.size(); i++) {
            boolean failure = failures.get(i);
            sum = Math.max(0, sum + (failure ? failureWeight : successWeight));
            boolean signal = sum >= threshold;
            points.add(new Point(i, failure, sum, signal));
            if (signal) sum = 0;
        }
        return points;
    }
}
