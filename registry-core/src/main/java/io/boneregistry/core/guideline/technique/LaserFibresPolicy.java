package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.LaserStep;
import io.boneregistry.core.guideline.TechniqueStepPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.LASER_FIBRES;

/**
 * R-LASER-FIBRES, for painful bone metastases (the paragraph it stands in): "non più di 8 fibre" binds;
 * "lasciando circa 1,5 cm di spazio" advises, read as within 0.5 cm of 1.5 cm and judged only with
 * more than one fibre; a spacing not recorded leaves that part unjudged (said in the detail).
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
        if (record.diagnosis() != Diagnosis.METASTASIS) return Optional.empty();
        List<String> failures = new ArrayList<>();
        List<String> advised = new ArrayList<>();
        boolean spacingUnknown = false;
        for (LaserStep step : steps) {
            if (step.fibreCount() > MAX_FIBRES) failures.add(step.fibreCount() + " fibres (at most 8)");
            if (step.fibreCount() > 1) {
                if (step.fibreSpacingCm() == null) spacingUnknown = true;
                else if (Math.abs(step.fibreSpacingCm() - SPACING_CM) > SPACING_TOLERANCE_CM) {
                    advised.add("fibres " + step.fibreSpacingCm() + " cm apart (about 1.5 cm)");
                }
            }
        }
        return Optional.of(LASER_FIBRES.judge(failures, advised,
                spacingUnknown ? "at most 8 fibres (their spacing not recorded)" : "fibre count and spacing as advised"));
    }
}
