package io.boneregistry.api.guideline;

/**
 * The guideline's advice on the case as it stands. Each part is null until the case holds what it
 * needs (an assessment).
 */
public record CaseAdvice(BiopsyAdvice biopsy, CurativeEligibility curativeEligibility, StrategyAdvice strategy) {

    public static CaseAdvice none() {
        return new CaseAdvice(null, null, null);
    }
}
