package io.boneregistry.core.guideline.curative;

import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.treatment.Intent;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.core.guideline.TreatmentDecisionPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.boneregistry.api.guideline.GuidelineRule.CURATIVE_THERMAL;

/**
 * R-CURATIVE-THERMAL: a curative decision plans a thermal ablation (Algorithm 1: curative, tumour
 * ablation, thermal ablation). Cement may accompany it as consolidation; ethanol ("questo
 * trattamento palliativo") and RF ionisation (decompression) are not curative.
 */
public class CurativeThermalAblationPolicy implements TreatmentDecisionPolicy {

    private static final Set<Technique> THERMAL = EnumSet.of(Technique.RFA, Technique.CRYO, Technique.LASER);
    private static final Set<Technique> PALLIATIVE_ONLY = EnumSet.of(Technique.ETHANOL, Technique.RF_IONIZATION);

    @Override
    public Optional<RuleEvaluation> evaluateDecision(CaseRecord record, TreatmentDecision decision) {
        if (decision.intent() != Intent.CURATIVE) return Optional.empty();
        List<String> failures = new ArrayList<>();
        if (decision.plannedTechniques().stream().noneMatch(THERMAL::contains)) failures.add("no thermal ablation planned");
        decision.plannedTechniques().stream().filter(PALLIATIVE_ONLY::contains)
                .forEach(technique -> failures.add(technique.name().toLowerCase().replace('_', ' ') + " is not a curative treatment"));
        return Optional.of(CURATIVE_THERMAL.judge(failures, "thermal ablation planned for cure"));
    }
}
