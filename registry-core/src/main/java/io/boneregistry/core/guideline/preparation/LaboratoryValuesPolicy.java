package io.boneregistry.core.guideline.preparation;

import io.boneregistry.api.checks.PreProcedureChecks;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.guideline.RuleEvaluation;

import java.util.ArrayList;
import java.util.List;

/** R-PREP-LABS: coagulation, platelets and white cells are normal. */
public class LaboratoryValuesPolicy extends PreparationPolicy {

    @Override
    protected GuidelineRule rule() {
        return GuidelineRule.PREP_LABS;
    }

    @Override
    protected RuleEvaluation judge(PreProcedureChecks checks) {
        List<String> abnormal = new ArrayList<>();
        if (!checks.coagulationNormal()) abnormal.add("coagulation abnormal");
        if (!checks.plateletsNormal()) abnormal.add("platelets abnormal");
        if (!checks.whiteCellsNormal()) abnormal.add("white cells abnormal");
        return rule().judge(abnormal, "coagulation, platelets and white cells normal");
    }
}
