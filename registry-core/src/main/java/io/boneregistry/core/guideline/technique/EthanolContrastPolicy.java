package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.EthanolStep;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.List;
import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.ETHANOL_CONTRAST;

/** R-ETHANOL-CONTRAST: a contrast test injection always precedes the ethanol. */
public class EthanolContrastPolicy implements ProcedurePolicy {

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        List<EthanolStep> steps = procedure.steps(EthanolStep.class).toList();
        if (steps.isEmpty()) return Optional.empty();
        return Optional.of(ETHANOL_CONTRAST.judge(steps.stream().allMatch(EthanolStep::contrastTestInjection),
                "contrast test injection before ethanol",
                "no contrast test injection before ethanol"));
    }
}
