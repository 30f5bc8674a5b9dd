package io.boneregistry.core.guideline.thermal;

import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Guidance;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.ProtectionMethod;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.THERMAL_US_CO2;

/** R-THERMAL-US-CO2: CO2 dissection is not used under ultrasound guidance (gas artefacts). */
public class UltrasoundCo2Policy implements ProcedurePolicy {

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        if (procedure.protectionMethod() != ProtectionMethod.CO2_DISSECTION) return Optional.empty();
        return Optional.of(THERMAL_US_CO2.judge(!procedure.guidance().contains(Guidance.ULTRASOUND),
                "CO2 dissection without ultrasound guidance",
                "CO2 dissection under ultrasound guidance (gas artefacts)"));
    }
}
