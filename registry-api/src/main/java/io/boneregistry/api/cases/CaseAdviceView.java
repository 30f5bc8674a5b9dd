package io.boneregistry.api.cases;

import io.boneregistry.api.guideline.BiopsyAdvice;
import io.boneregistry.api.guideline.CurativeEligibility;
import io.boneregistry.api.guideline.StrategyAdvice;

import java.util.List;

/** The guideline's advice on a case and the current evaluation of every rule on its entries. */
public record CaseAdviceView(
        BiopsyAdvice biopsy,
        CurativeEligibility curativeEligibility,
        StrategyAdvice strategy,
        List<EvaluationView> evaluations) {
}
