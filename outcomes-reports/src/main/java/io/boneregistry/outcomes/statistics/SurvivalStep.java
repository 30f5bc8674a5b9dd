package io.boneregistry.outcomes.statistics;

/**
 * One distinct time of a Kaplan–Meier estimate, as R's survfit reports it: the number at risk,
 * events and censorings at that time, the survival after it, the Greenwood standard error of the
 * cumulative hazard, and the log-log confidence limits (undefined where survival is 0 or 1).
 */
public record SurvivalStep(double time, int atRisk, int events, int censored, double survival, double stdErr,
                           Double lower, Double upper) {
}
