package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.LaserStep;
import io.boneregistry.core.guideline.TechniqueStepPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.LASER_FIBRES;

/**
 * R-LASER-FIBRES: at most 8 fibres at once, about 1.5 cm apart. "About" is read as within
 * 0.5 cm of 1.5 cm; spacing is judged only when there is more than one fibre.
 */
public class LaserFibresPolicy extends TechniqueStepPolicy<LaserStep> {

    static final int MAX_FIBRES = 8;
    static final double SPACING_CM = 1.5;
    static final double SPACING_TOLERANCE_CM = 0.5;

    public LaserFibresPolicy() {
        super(LaserStep.class);
    }

    @Override
    protected Optional<RuleEvaluation> judge(CaseRecord record, List<LaserStep> steps) {
        List<String> failures = new ArrayList<>();
        for (LaserStep step : steps) {
            if (step.fibreCount() > MAX_FIBRES) failures.add(step.fibreCount() + " fibres (at most 8)");
            if (step.fibreCount() > 1) {
                if (step.fibreSpacingCm() == null) failures.add("fibre spacing not recorded");
                else if (Math.abs(step.fibreSpacingCm() - SPACING_CM) > SPACING_TOLERANCE_CM) {
                    failures.add("fibres " + step.fibreSpacingCm() + " cm apart (about 1.5 cm)");
                }
            }
        }
        return Optional.of(LASER_FIBRES.judge(failures, "fibre count and spacing as advised"));
    }
}
