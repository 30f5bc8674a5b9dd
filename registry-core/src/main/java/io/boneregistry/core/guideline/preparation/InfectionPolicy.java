package io.boneregistry.core.guideline.preparation;

import io.boneregistry.api.checks.PreProcedureChecks;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.guideline.RuleEvaluation;

import java.util.ArrayList;
import java.util.List;

/** R-PREP-INFECTION: every infection is looked for and resolved first. */
public class InfectionPolicy extends PreparationPolicy {

    @Override
    protected GuidelineRule rule() {
        return GuidelineRule.PREP_INFECTION;
    }

    @Override
    protected RuleEvaluation judge(PreProcedureChecks checks) {
        List<String> failures = new ArrayList<>();
        if (!checks.infectionsScreened()) failures.add("infections not screened");
        if (!checks.infectionsResolved()) failures.add("an infection is not resolved");
        return rule().judge(failures, "infections screened and resolved");
    }
}
