package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.answers.YesNo;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.EthanolStep;
import io.boneregistry.core.guideline.TechniqueStepPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.List;
import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.ETHANOL_CONTRAST;

/** R-ETHANOL-CONTRAST: a contrast test injection always precedes the ethanol. */
public class EthanolContrastPolicy extends TechniqueStepPolicy<EthanolStep> {

    public EthanolContrastPolicy() {
        super(EthanolStep.class);
    }

    @Override
    protected Optional<RuleEvaluation> judge(CaseRecord record, List<EthanolStep> steps) {
        return Optional.of(ETHANOL_CONTRAST.judge(YesNo.all(steps.stream().map(EthanolStep::contrastTestInjection).toArray(Boolean[]::new)),
                "contrast test injection before ethanol",
                "no contrast test injection before ethanol",
                "contrast test injection not recorded"));
    }
}
