package io.boneregistry.core.guideline.technique;

import java.util.EnumMap;
import io.boneregistry.api.assessment.Diagnosis;
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
 * R-ANAESTHESIA-ABLATION, each technique by the word its own sentence uses. Binding: ethanol under
 * deep sedation or general anaesthesia ("è mandatorio"), RFA under general anaesthesia or a regional
 * block ("è necessaria"), laser on an osteoid osteoma likewise ("deve essere sempre effettuata", in the
 * osteoid-osteoma paragraph). Advice, from the general "l'ablazione necessita normalmente
 * dell'anestesia generale, della spinale o del blocco delle radici nervose" (§3): laser on any other
 * tumour and RF ionisation; and cryoablation, whose "è eseguita in sedazione o anestesia generale"
 * describes how it is done rather than requiring it.
 */
public class AblationAnaesthesiaPolicy implements ProcedurePolicy {

    private static final Set<Anaesthesia> GENERAL_OR_BLOCK = EnumSet.of(GENERAL, SPINAL, NERVE_BLOCK);
    private static final Map<Technique, Set<Anaesthesia>> ADEQUATE = Map.of(
            Technique.RFA, GENERAL_OR_BLOCK,
            Technique.ETHANOL, EnumSet.of(DEEP_SEDATION, GENERAL));
    private static final Map<Technique, Set<Anaesthesia>> ADVISED = Map.of(
            Technique.RF_IONIZATION, GENERAL_OR_BLOCK,
            Technique.CRYO, EnumSet.of(GENERAL, SPINAL, NERVE_BLOCK, DEEP_SEDATION, CONSCIOUS_SEDATION));

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        Set<Technique> ablations = EnumSet.noneOf(Technique.class);
        procedure.techniques().stream().filter(t -> ADEQUATE.containsKey(t) || ADVISED.containsKey(t) || t == Technique.LASER)
                .forEach(ablations::add);
        if (ablations.isEmpty()) return Optional.empty();
        boolean laserOnNidus = record.diagnosis() == Diagnosis.OSTEOID_OSTEOMA;
        Map<Technique, Set<Anaesthesia>> binding = new EnumMap<>(ADEQUATE);
        Map<Technique, Set<Anaesthesia>> advisory = new EnumMap<>(ADVISED);
        (laserOnNidus ? binding : advisory).put(Technique.LASER, GENERAL_OR_BLOCK);
        List<String> failures = unmet(binding, procedure, "needs");
        List<String> advised = unmet(advisory, procedure, "normally");
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
