package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.CryoStep;
import io.boneregistry.core.guideline.TechniqueStepPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.CRYO_PROBES;

/**
 * R-CRYO-PROBES: up to 25 probes of 17 G, best 2 cm apart. More than 25 is a deviation; the gauge
 * and the spacing ("con migliore distanza") are advice. Spacing is read as within 0.5 cm of 2 cm,
 * judged only with more than one probe.
 */
public class CryoProbesPolicy extends TechniqueStepPolicy<CryoStep> {

    static final int MAX_PROBES = 25;
    static final int GAUGE = 17;
    static final double SPACING_CM = 2.0;
    static final double SPACING_TOLERANCE_CM = 0.5;

    public CryoProbesPolicy() {
        super(CryoStep.class);
    }

    @Override
    protected Optional<RuleEvaluation> judge(CaseRecord record, List<CryoStep> steps) {
        List<String> failures = new ArrayList<>();
        List<String> advised = new ArrayList<>();
        for (CryoStep step : steps) {
            if (step.probeCount() > MAX_PROBES) failures.add(step.probeCount() + " probes (at most 25)");
            if (!Objects.equals(step.probeGauge(), GAUGE)) {
                advised.add(step.probeGauge() == null ? "probe gauge not recorded" : step.probeGauge() + " G probes (17 G)");
            }
            if (step.probeCount() > 1) {
                if (step.probeSpacingCm() == null) advised.add("probe spacing not recorded");
                else if (Math.abs(step.probeSpacingCm() - SPACING_CM) > SPACING_TOLERANCE_CM) {
                    advised.add("probes " + step.probeSpacingCm() + " cm apart (best 2 cm)");
                }
            }
        }
        return Optional.of(CRYO_PROBES.judge(failures, advised, "probe count, gauge and spacing as advised"));
    }
}
