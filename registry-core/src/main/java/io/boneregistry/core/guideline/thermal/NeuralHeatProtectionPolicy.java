package io.boneregistry.core.guideline.thermal;

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
 * R-THERMAL-NEURO: above 45 °C is neurotoxic. It applies to heat ablation (RFA, laser) when no
 * intact cortex insulates the neural structures (canal or epidural extension, posterior wall
 * rupture) — then protection or monitoring is expected — and whenever a temperature was monitored.
 */
public class NeuralHeatProtectionPolicy implements ProcedurePolicy {

    static final double NEUROTOXIC_C = 45;

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        if (procedure.techniques().stream().noneMatch(Technique::heatBased)) return Optional.empty();
        Lesion lesion = record.lesion();
        ThermalProtection protection = procedure.thermalProtection();
        Double monitored = protection == null ? null : protection.maxMonitoredTemperatureC();
        if (!lesion.closeToNeuralStructures() && monitored == null) return Optional.empty();
        List<String> failures = new ArrayList<>();
        boolean protectedOrMonitored = procedure.protectionMethod() != ProtectionMethod.NONE
                || protection != null && protection.thermocouple();
        if (lesion.closeToNeuralStructures() && !protectedOrMonitored) {
            failures.add("no thermal protection or monitoring with no intact cortex between tumour and nerves");
        }
        if (monitored != null && monitored > NEUROTOXIC_C) {
            failures.add(monitored + " °C monitored (above 45 °C is neurotoxic)");
        }
        return Optional.of(THERMAL_NEURO.judge(failures, "neural structures protected, at most 45 °C"));
    }
}
