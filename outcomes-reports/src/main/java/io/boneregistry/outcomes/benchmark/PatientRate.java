package io.boneregistry.outcomes.benchmark;

import io.boneregistry.outcomes.statistics.Interval;

/**
 * A rate over patients (cases) beside a rate over their vertebrae: of {@code n} patients, {@code x}
 * had at least one hit; the Wilson interval is over patients, who are independent.
 */
public record PatientRate(Integer n, Integer x, Double rate, Interval wilson95) {
}
