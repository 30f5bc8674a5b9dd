package io.boneregistry.outcomes.benchmark;

import io.boneregistry.api.procedure.Technique;
import io.boneregistry.outcomes.statistics.Interval;

/**
 * One benchmark for the selected procedures: n, x, rate, Wilson and exact 95 % intervals, the
 * documented figure, the verdict and the one-sided exact p-value against the figure's worse edge.
 * The time-to-event benchmark has a median in weeks with its interval instead of a rate. Numbers
 * are not rounded; {@code suppressed} marks counts withheld in outputs shared outside the centre.
 * A pain benchmark says in {@code painAtTreatedSite} how many of its n had their pain read at the
 * treated site (the others' overall pain was read: docs/outcomes.md#terms); null for the others.
 * A benchmark whose members cluster within patients (BM-CEMENT-LEAK: a patient's vertebrae) has
 * {@code clustered95}, the interval that allows for it and that the verdict and p-value read, and
 * {@code perPatient}, the rate over patients; both null for the others.
 */
public record BenchmarkRow(
        String benchmarkId,
        Technique technique,
        String measure,
        String population,
        Integer n,
        Integer x,
        Double rate,
        Integer notEvaluable,
        Interval wilson95,
        Interval exact95,
        BenchmarkFigure benchmark,
        Verdict verdict,
        Double pValue,
        Double medianWeeks,
        Interval median95,
        boolean suppressed,
        Integer painAtTreatedSite,
        Interval clustered95,
        PatientRate perPatient) {

    /** Counts from 1 to threshold − 1 withheld, with everything they could be derived from. */
    public BenchmarkRow suppressedBelow(int threshold) {
        boolean small = n != null && n > 0 && n < threshold || x != null && x > 0 && x < threshold
                || perPatient != null && (perPatient.n() > 0 && perPatient.n() < threshold || perPatient.x() > 0 && perPatient.x() < threshold);
        if (!small) return this;
        return new BenchmarkRow(benchmarkId, technique, measure, population, null, null, null, notEvaluable, null, null,
                benchmark, verdict, null, medianWeeks, median95, true, null, null, null);
    }
}
