package io.boneregistry.core.guideline.curative;

import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.treatment.Intent;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.core.guideline.TreatmentDecisionPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.RFA_PALLIATIVE_PAIN;

/**
 * R-RFA-PALLIATIVE-PAIN: palliative RFA is for painful metastases "in cui il dolore non è
 * controllabile con l'analgesia convenzionale" (§4 RFA). Pain that analgesia controls, or an
 * assessment that does not say, fails it (unknown counts as failed, as for surgical candidacy).
 */
public class PalliativeRfaPainPolicy implements TreatmentDecisionPolicy {

    @Override
    public Optional<RuleEvaluation> evaluateDecision(CaseRecord record, TreatmentDecision decision) {
        if (decision.intent() != Intent.PALLIATIVE || !decision.plannedTechniques().contains(Technique.RFA)) return Optional.empty();
        Boolean controlled = record.assessment().painControlledByConventionalAnalgesia();
        return Optional.of(RFA_PALLIATIVE_PAIN.judge(Boolean.FALSE.equals(controlled),
                "pain not controlled by conventional analgesia",
                controlled == null ? "whether conventional analgesia controls the pain is not recorded"
                        : "pain controlled by conventional analgesia (palliative RFA is for pain it does not control)"));
    }
}
