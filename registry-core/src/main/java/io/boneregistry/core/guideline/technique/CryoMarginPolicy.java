package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.CryoStep;
import io.boneregistry.api.treatment.Intent;
import io.boneregistry.core.guideline.TechniqueStepPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.List;
import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.CRYO_MARGIN;

/**
 * R-CRYO-MARGIN: the ice ball reaches at least 5 mm beyond the tumour margin. The text asks it
 * "per una necrosi completa del tumore", so it applies where the intent is curative only.
 */
public class CryoMarginPolicy extends TechniqueStepPolicy<CryoStep> {

    static final double MIN_MARGIN_MM = 5;

    public CryoMarginPolicy() {
        super(CryoStep.class);
    }

    @Override
    protected Optional<RuleEvaluation> judge(CaseRecord record, List<CryoStep> steps) {
        if (record.intent().orElse(null) != Intent.CURATIVE) return Optional.empty();
        List<String> failures = steps.stream()
                .filter(step -> step.iceBallMarginMm() == null || step.iceBallMarginMm() < MIN_MARGIN_MM)
                .map(step -> step.iceBallMarginMm() == null
                        ? "ice-ball margin not recorded"
                        : "ice-ball margin " + step.iceBallMarginMm() + " mm (at least 5 mm)")
                .toList();
        return Optional.of(CRYO_MARGIN.judge(failures, "ice ball at least 5 mm beyond the tumour"));
    }
}
