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
 * RF ionisation has no sentence of its own: the general one ("l'ablazione necessita normalmente
 * dell'anestesia generale, della spinale o del blocco delle radici nervose", §3) applies, and its
 * "normally" makes it advice.
 */
public class AblationAnaesthesiaPolicy implements ProcedurePolicy {

    private static final Map<Technique, Set<Anaesthesia>> ADEQUATE = Map.of(
            Technique.LASER, EnumSet.of(GENERAL, SPINAL, NERVE_BLOCK),
            Technique.RFA, EnumSet.of(GENERAL, SPINAL, NERVE_BLOCK),
            Technique.ETHANOL, EnumSet.of(DEEP_SEDATION, GENERAL),
            Technique.CRYO, EnumSet.of(GENERAL, SPINAL, NERVE_BLOCK, DEEP_SEDATION, CONSCIOUS_SEDATION));
    private static final Map<Technique, Set<Anaesthesia>> ADVISED = Map.of(
            Technique.RF_IONIZATION, EnumSet.of(GENERAL, SPINAL, NERVE_BLOCK));

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        Set<Technique> ablations = EnumSet.noneOf(Technique.class);
        procedure.techniques().stream().filter(t -> ADEQUATE.containsKey(t) || ADVISED.containsKey(t)).forEach(ablations::add);
        if (ablations.isEmpty()) return Optional.empty();
        List<String> failures = unmet(ADEQUATE, procedure, "needs");
        List<String> advised = unmet(ADVISED, procedure, "normally");
        return Optional.of(ANAESTHESIA_ABLATION.judge(failures, advised, procedure.anaesthesia() + " adequate for " + ablations));
    }

    private static List<String> unmet(Map<Technique, Set<Anaesthesia>> expected, Procedure procedure, String word) {
        List<String> unmet = new ArrayList<>();
        for (Technique technique : procedure.techniques()) {
            Set<Anaesthesia> adequate = expected.get(technique);
            if (adequate != null && !adequate.contains(procedure.anaesthesia())) {
                unmet.add(technique + " under " + procedure.anaesthesia() + " (" + word + " one of " + adequate + ")");
            }
        }
        return unmet;
    }
}
