package io.boneregistry.core.guideline.thermal;

import io.boneregistry.api.procedure.TechniqueStep;
import io.boneregistry.api.answers.YesNo;
import io.boneregistry.api.assessment.Lesion;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.ProtectionMethod;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.procedure.ThermalProtection;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.THERMAL_NEURO;

/**
 * R-THERMAL-NEURO: "misure precauzionali devono essere adottate quando non è presente corticale ossea
 * intatta, isolante, interposta tra il tumore e le strutture nervose", and, for tumours "in stretta
 * contiguità con strutture nervose, è necessario utilizzare tecniche di protezione termica" — for
 * every thermal ablation (cold injures nerves as heat does, §4 Cryoablation, complications), near the
 * cord and peripheral nerves alike ({@link Lesion#closeToNeuralStructures()}): then protection or
 * monitoring is expected. What the assessment says describes the index lesion; a thermal step at
 * another site or level has its proximity not recorded. Heat (RFA, laser) above 45 °C is neurotoxic,
 * so a monitored temperature is judged whenever one was recorded.
 */
public class NeuralProtectionPolicy implements ProcedurePolicy {

    static final double NEUROTOXIC_C = 45;

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        List<TechniqueStep> thermal = procedure.steps().stream().filter(step -> step.technique().thermalAblation()).toList();
        if (thermal.isEmpty()) return Optional.empty();
        Lesion lesion = record.lesion();
        ThermalProtection protection = procedure.thermalProtection();
        boolean heat = procedure.techniques().stream().anyMatch(Technique::heatBased);
        Double monitored = protection == null || !heat ? null : protection.maxMonitoredTemperatureC();
        Boolean close = YesNo.any(thermal.stream()
                .map(step -> step.atIndexLesion(lesion) ? lesion.closeToNeuralStructures() : null).toArray(Boolean[]::new));
        boolean protectedOrMonitored = procedure.protectionMethod() != ProtectionMethod.NONE
                || protection != null && YesNo.yes(protection.thermocouple());
        if (YesNo.no(close) && monitored == null) return Optional.empty();
        if (close == null && monitored == null) {
            return Optional.of(protectedOrMonitored ? THERMAL_NEURO.met("neural structures protected")
                    : THERMAL_NEURO.notJudged("no protection, and whether the ablated tissue lies close to nerves is not recorded"));
        }
        List<String> failures = new ArrayList<>();
        if (YesNo.yes(close) && !protectedOrMonitored) {
            failures.add("no thermal protection or monitoring close to neural structures");
        }
        if (monitored != null && monitored > NEUROTOXIC_C) {
            failures.add(monitored + " °C monitored (above 45 °C is neurotoxic)");
        }
        return Optional.of(THERMAL_NEURO.judge(failures, "neural structures protected, at most 45 °C"));
    }
}
