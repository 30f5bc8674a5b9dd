package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.answers.YesNo;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.ETHANOL_FRACTURE;

/** R-ETHANOL-FRACTURE: ethanol ablation is for tumours not at risk of pathological fracture. */
public class EthanolFracturePolicy implements ProcedurePolicy {

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        if (!procedure.uses(Technique.ETHANOL)) return Optional.empty();
        return Optional.of(ETHANOL_FRACTURE.judge(YesNo.not(record.lesion().fractureRisk()),
                "lesion not at risk of fracture",
                "ethanol ablation of a lesion at risk of pathological fracture",
                "fracture risk of the lesion not recorded"));
    }
}
