package io.boneregistry.outcomes.survival;

/** At a time: the Aalen–Johansen cumulative incidence of the event beside 1 − Kaplan–Meier (deaths censored). */
public record IncidencePoint(double time, double cumulativeIncidence, double oneMinusKaplanMeier) {
}
