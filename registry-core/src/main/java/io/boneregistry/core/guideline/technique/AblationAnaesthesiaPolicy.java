package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Anaesthesia;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.boneregistry.api.guideline.GuidelineRule.ANAESTHESIA_ABLATION;
import static io.boneregistry.api.procedure.Anaesthesia.CONSCIOUS_SEDATION;
import static io.boneregistry.api.procedure.Anaesthesia.DEEP_SEDATION;
import static io.boneregistry.api.procedure.Anaesthesia.GENERAL;
import static io.boneregistry.api.procedure.Anaesthesia.NERVE_BLOCK;
import static io.boneregistry.api.procedure.Anaesthesia.SPINAL;

/**
 * R-ANAESTHESIA-ABLATION: laser and RFA under general anaesthesia or a regional block; ethanol
 * under deep sedation or general anaesthesia; cryoablation under sedation or general anaesthesia.
 */
public class AblationAnaesthesiaPolicy implements ProcedurePolicy {

    private static final Map<Technique, Set<Anaesthesia>> ADEQUATE = Map.of(
            Technique.LASER, EnumSet.of(GENERAL, SPINAL, NERVE_BLOCK),
            Technique.RFA, EnumSet.of(GENERAL, SPINAL, NERVE_BLOCK),
            Technique.ETHANOL, EnumSet.of(DEEP_SEDATION, GENERAL),
            Technique.CRYO, EnumSet.of(GENERAL, SPINAL, NERVE_BLOCK, DEEP_SEDATION, CONSCIOUS_SEDATION));

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        Set<Technique> ablations = EnumSet.copyOf(ADEQUATE.keySet());
        ablations.retainAll(procedure.techniques());
        if (ablations.isEmpty()) return Optional.empty();
        List<String> failures = new ArrayList<>();
        for (Technique technique : ablations) {
            if (!ADEQUATE.get(technique).contains(procedure.anaesthesia())) {
                failures.add(technique + " under " + procedure.anaesthesia() + " (needs one of " + ADEQUATE.get(technique) + ")");
            }
        }
        return Optional.of(ANAESTHESIA_ABLATION.judge(failures, procedure.anaesthesia() + " adequate for " + ablations));
    }
}
