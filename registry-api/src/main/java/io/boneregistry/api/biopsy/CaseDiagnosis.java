package io.boneregistry.api.biopsy;

import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.Diagnosis;

import java.util.Optional;

/**
 * A case's diagnosis, as every rule, list and statistic reads it: the histology of a conclusive
 * biopsy if there is one, else the assessment's working diagnosis (docs/outcomes.md#terms).
 */
public final class CaseDiagnosis {

    private CaseDiagnosis() {
    }

    /** The diagnosis; null when there is neither a conclusive histology nor an assessment. */
    public static Diagnosis of(Assessment assessment, BiopsyResult biopsy) {
        return of(histology(biopsy).orElse(null), assessment == null ? null : assessment.diagnosis());
    }

    /** The same, for a reader that kept the two apart: the histology wins. */
    public static Diagnosis of(Diagnosis conclusiveHistology, Diagnosis workingDiagnosis) {
        return conclusiveHistology != null ? conclusiveHistology : workingDiagnosis;
    }

    /** The histology a biopsy gives the case: only a conclusive one's. */
    public static Optional<Diagnosis> histology(BiopsyResult biopsy) {
        return biopsy != null && Boolean.TRUE.equals(biopsy.conclusive()) ? Optional.ofNullable(biopsy.histology()) : Optional.empty();
    }

    /** Whether the diagnosis is histological rather than a working one. */
    public static boolean histological(BiopsyResult biopsy) {
        return histology(biopsy).isPresent();
    }
}
