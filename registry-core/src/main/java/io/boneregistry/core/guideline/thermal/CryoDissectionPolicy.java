package io.boneregistry.core.guideline.thermal;

import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.ProtectionMethod;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.THERMAL_CRYO_FLUID;

/** R-THERMAL-CRYO-FLUID: dissection during cryoablation uses CO2, never fluids that freeze. */
public class CryoDissectionPolicy implements ProcedurePolicy {

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        ProtectionMethod method = procedure.protectionMethod();
        boolean dissected = method.hydrodissection() || method == ProtectionMethod.CO2_DISSECTION;
        if (!procedure.uses(Technique.CRYO) || !dissected) return Optional.empty();
        return Optional.of(THERMAL_CRYO_FLUID.judge(method == ProtectionMethod.CO2_DISSECTION,
                "CO2 dissection",
                "fluid dissection during cryoablation (it freezes against the ice ball: use CO2)"));
    }
}
