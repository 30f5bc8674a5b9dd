package io.boneregistry.core.guideline.preparation;

import io.boneregistry.api.checks.PreProcedureChecks;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.guideline.RuleEvaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * R-PREP-CONSENT: "è necessario il consenso informato scritto e firmato". Written consent, and, where
 * the checks say so, an informed one: consent recorded with its risks and alternatives not discussed
 * deviates; not recorded whether they were is not judged (checks logged before the registry asked).
 */
public class ConsentPolicy extends PreparationPolicy {

    @Override
    protected GuidelineRule rule() {
        return GuidelineRule.PREP_CONSENT;
    }

    @Override
    protected RuleEvaluation judge(PreProcedureChecks checks) {
        List<String> failures = new ArrayList<>();
        if (!checks.writtenConsent()) failures.add("no written consent recorded");
        if (Boolean.FALSE.equals(checks.risksAndAlternativesDiscussed())) {
            failures.add("risks and alternatives not discussed: the consent is not informed");
        }
        return rule().judge(failures, "written, informed consent obtained");
    }
}
