package io.boneregistry.outcomes.survival;

import io.boneregistry.outcomes.statistics.Interval;
import io.boneregistry.outcomes.statistics.SurvivalStep;

import java.util.List;

/**
 * A Kaplan–Meier curve in weeks with log-log 95 % limits, its median and interval, the numbers at
 * risk at the requested times and, where deaths compete, the cumulative incidence beside 1 − KM.
 */
public record SurvivalCurve(SurvivalEndpoint endpoint, String timeUnit, int n, int events, int competingEvents,
                            List<SurvivalStep> steps, Double median, Interval median95, List<AtRisk> atRisk,
                            List<IncidencePoint> competingRisk) {
}
