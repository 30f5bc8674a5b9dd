package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.answers.YesNo;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.CementoplastyStep;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.CEMENT_AFTER_ABLATION;

/** R-CEMENT-AFTER-ABLATION: after RFA or cryoablation in the same session, cement waits for normal temperature. */
public class CementAfterAblationPolicy implements ProcedurePolicy {

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        boolean ablated = procedure.uses(Technique.RFA) || procedure.uses(Technique.CRYO);
        if (!ablated || !procedure.uses(Technique.CEMENTOPLASTY)) return Optional.empty();
        return Optional.of(CEMENT_AFTER_ABLATION.judge(
                YesNo.all(procedure.steps(CementoplastyStep.class).map(CementoplastyStep::delayedUntilNormothermia).toArray(Boolean[]::new)),
                "cement injected once back to normal temperature",
                "cement not delayed until the temperature was back to normal",
                "whether the cement waited for normal temperature not recorded"));
    }
}
