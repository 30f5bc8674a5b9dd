package io.boneregistry.core.guideline.technique;

import java.util.ArrayList;
import io.boneregistry.api.assessment.VertebralLevel;
import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.CementoplastyStep;
import io.boneregistry.core.guideline.TechniqueStepPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.List;
import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.CEMENT_NEEDLE;

/** R-CEMENT-NEEDLE (each step at the vertebra it treated): vertebroplasty through a 10 G needle thoraco-lumbar, 15 G cervical. */
public class CementNeedlePolicy extends TechniqueStepPolicy<CementoplastyStep> {

    public CementNeedlePolicy() {
        super(CementoplastyStep.class);
    }

    @Override
    protected Optional<RuleEvaluation> judge(CaseRecord record, List<CementoplastyStep> steps) {
        List<CementoplastyStep> vertebral = steps.stream().filter(step -> step.treatedSite(record.lesion()).vertebral()).toList();
        if (vertebral.isEmpty()) return Optional.empty();
        List<String> failures = new ArrayList<>();
        List<String> advisedGauges = new ArrayList<>();
        for (CementoplastyStep step : vertebral) {
            LesionSite site = step.treatedSite(record.lesion());
            int advised = site == LesionSite.VERTEBRA_CERVICAL ? 15 : 10;
            advisedGauges.add(advised + " G");
            if (step.needleGauge() == null) failures.add("needle gauge not recorded at " + level(step, record));
            else if (step.needleGauge() != advised) failures.add(step.needleGauge() + " G needle at " + level(step, record) + " ("
                    + advised + " G advised there)");
        }
        return Optional.of(CEMENT_NEEDLE.judge(failures, String.join(", ", advisedGauges.stream().distinct().toList()) + " needle"));
    }

    private static String level(CementoplastyStep step, CaseRecord record) {
        VertebralLevel level = step.treatedLevel(record.lesion());
        return level != null ? level.name() : step.treatedSite(record.lesion()).name().toLowerCase().replace('_', ' ');
    }
}
