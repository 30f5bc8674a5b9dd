package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.CementoplastyStep;
import io.boneregistry.core.guideline.TechniqueStepPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.CEMENT_NEEDLE;

/** R-CEMENT-NEEDLE: vertebroplasty through a 10 G needle thoraco-lumbar, 15 G cervical. */
public class CementNeedlePolicy extends TechniqueStepPolicy<CementoplastyStep> {

    public CementNeedlePolicy() {
        super(CementoplastyStep.class);
    }

    @Override
    protected Optional<RuleEvaluation> judge(CaseRecord record, List<CementoplastyStep> steps) {
        LesionSite site = record.lesion().site();
        if (!site.vertebral()) return Optional.empty();
        int advised = site == LesionSite.VERTEBRA_CERVICAL ? 15 : 10;
        List<String> failures = steps.stream()
                .filter(step -> !Objects.equals(step.needleGauge(), advised))
                .map(step -> step.needleGauge() == null
                        ? "needle gauge not recorded"
                        : step.needleGauge() + " G needle (" + advised + " G advised at this level)")
                .toList();
        return Optional.of(CEMENT_NEEDLE.judge(failures, advised + " G needle"));
    }
}
