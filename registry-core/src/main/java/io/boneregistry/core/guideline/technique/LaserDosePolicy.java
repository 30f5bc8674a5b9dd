package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.LaserStep;
import io.boneregistry.core.guideline.TechniqueStepPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.LASER_DOSE;

/**
 * R-LASER-DOSE, for an osteoid osteoma: "Viene quindi applicata una energia da 2 watt per 6-10 minuti
 * in base alle dimensioni del tumore" describes the technique, so another dose is advice; a power or
 * duration not recorded leaves it unjudged.
 */
public class LaserDosePolicy extends TechniqueStepPolicy<LaserStep> {

    static final double POWER_W = 2;
    static final double LEAST_MIN = 6;
    static final double MOST_MIN = 10;

    public LaserDosePolicy() {
        super(LaserStep.class);
    }

    @Override
    protected Optional<RuleEvaluation> judge(CaseRecord record, List<LaserStep> steps) {
        if (record.diagnosis() != Diagnosis.OSTEOID_OSTEOMA) return Optional.empty();
        List<String> failures = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (LaserStep step : steps) {
            if (step.powerW() == null) unknown.add("laser power not recorded");
            else if (step.powerW() != POWER_W) failures.add(step.powerW() + " W (2 W)");
            if (step.durationMin() == null) unknown.add("laser duration not recorded");
            else if (step.durationMin() < LEAST_MIN || step.durationMin() > MOST_MIN) failures.add(step.durationMin() + " min (6–10 min)");
        }
        return Optional.of(LASER_DOSE.judgeAdvice(failures, unknown, "2 W for 6–10 minutes"));
    }
}
