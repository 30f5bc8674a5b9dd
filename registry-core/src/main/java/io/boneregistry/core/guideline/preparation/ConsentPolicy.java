package io.boneregistry.core.guideline.preparation;

import io.boneregistry.api.checks.PreProcedureChecks;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.guideline.RuleEvaluation;

/** R-PREP-CONSENT: written, signed informed consent. */
public class ConsentPolicy extends PreparationPolicy {

    @Override
    protected GuidelineRule rule() {
        return GuidelineRule.PREP_CONSENT;
    }

    @Override
    protected RuleEvaluation judge(PreProcedureChecks checks) {
        return rule().judge(checks.writtenConsent(), "written consent obtained", "no written consent recorded");
    }
}
