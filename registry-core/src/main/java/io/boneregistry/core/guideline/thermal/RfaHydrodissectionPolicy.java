package io.boneregistry.core.guideline.thermal;

import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.ProtectionMethod;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.THERMAL_RFA_SALINE;

/** R-THERMAL-RFA-SALINE: hydrodissection during RFA uses 5 % dextrose, never conductive saline. */
public class RfaHydrodissectionPolicy implements ProcedurePolicy {

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        if (!procedure.uses(Technique.RFA) || !procedure.protectionMethod().hydrodissection()) return Optional.empty();
        return Optional.of(THERMAL_RFA_SALINE.judge(procedure.protectionMethod() == ProtectionMethod.HYDRODISSECTION_D5W,
                "hydrodissection with 5 % dextrose in water",
                "saline hydrodissection during RFA (conductive: use 5 % dextrose)"));
    }
}
