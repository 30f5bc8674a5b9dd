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
 * R-CRYO-MARGIN: "Per una necrosi completa del tumore è importante estendere l'area congelata di
 * almeno 5 mm di distanza oltre i margini del tumore" — advice ("è importante"), read where the intent
 * is curative only (complete necrosis is its purpose); a margin not recorded leaves it unjudged.
 */
public class CryoMarginPolicy extends TechniqueStepPolicy<CryoStep> {

    static final double MIN_MARGIN_MM = 5;

    public CryoMarginPolicy() {
        super(CryoStep.class);
    }

    @Override
    protected Optional<RuleEvaluation> judge(CaseRecord record, List<CryoStep> steps) {
        if (record.intent().orElse(null) != Intent.CURATIVE) return Optional.empty();
        List<String> failures = steps.stream().filter(step -> step.iceBallMarginMm() != null && step.iceBallMarginMm() < MIN_MARGIN_MM)
                .map(step -> "ice-ball margin " + step.iceBallMarginMm() + " mm (at least 5 mm)").toList();
        List<String> unknown = steps.stream().filter(step -> step.iceBallMarginMm() == null).map(step -> "ice-ball margin not recorded").toList();
        return Optional.of(CRYO_MARGIN.judgeAdvice(failures, unknown, "ice ball at least 5 mm beyond the tumour"));
    }
}
