package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.EthanolStep;
import io.boneregistry.core.guideline.TechniqueStepPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.ETHANOL_VOLUME;

/**
 * R-ETHANOL-VOLUME: 3–25 ml of 95 % ethanol in the session, through a 22 G needle. The volume is
 * the session's total over its ethanol steps; a stronger concentration than 95 % is accepted.
 */
public class EthanolVolumePolicy extends TechniqueStepPolicy<EthanolStep> {

    static final double MIN_ML = 3;
    static final double MAX_ML = 25;
    static final double CONCENTRATION_PERCENT = 95;
    static final int NEEDLE_GAUGE = 22;

    public EthanolVolumePolicy() {
        super(EthanolStep.class);
    }

    @Override
    protected Optional<RuleEvaluation> judge(CaseRecord record, List<EthanolStep> steps) {
        List<String> failures = new ArrayList<>();
        if (steps.stream().anyMatch(step -> step.volumeMl() == null)) {
            failures.add("ethanol volume not recorded");
        } else {
            double total = steps.stream().mapToDouble(EthanolStep::volumeMl).sum();
            if (total < MIN_ML || total > MAX_ML) failures.add(format(total) + " ml in the session (3–25 ml)");
        }
        for (EthanolStep step : steps) {
            if (step.concentrationPercent() == null) failures.add("concentration not recorded");
            else if (step.concentrationPercent() < CONCENTRATION_PERCENT) failures.add(format(step.concentrationPercent()) + " % ethanol (95 %)");
            if (!Objects.equals(step.needleGauge(), NEEDLE_GAUGE)) {
                failures.add(step.needleGauge() == null ? "needle gauge not recorded" : step.needleGauge() + " G needle (22 G)");
            }
        }
        return Optional.of(ETHANOL_VOLUME.judge(failures, "3–25 ml of 95 % ethanol through a 22 G needle"));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
