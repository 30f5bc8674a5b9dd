package io.boneregistry.core.guideline.imaging;

import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Guidance;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.ETHANOL_CT;

/** R-ETHANOL-CT: "è mandatorio eseguire la procedura … sotto guida TC" (CT, or CT fluoroscopy). */
public class EthanolCtGuidancePolicy implements ProcedurePolicy {

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        if (!procedure.uses(Technique.ETHANOL)) return Optional.empty();
        boolean ct = procedure.guidance().contains(Guidance.CT) || procedure.guidance().contains(Guidance.CT_FLUOROSCOPY);
        return Optional.of(ETHANOL_CT.judge(ct, "ethanol under CT guidance", "ethanol without CT guidance (" + procedure.guidance() + ")"));
    }
}
