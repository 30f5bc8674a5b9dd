package io.boneregistry.core.guideline.curative;

import io.boneregistry.api.answers.YesNo;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.treatment.Goal;
import io.boneregistry.api.treatment.Intent;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.core.guideline.TreatmentDecisionPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.RFA_PALLIATIVE_PAIN;

/**
 * R-RFA-PALLIATIVE-PAIN: "Le indicazioni a scopo palliativo includono metastasi dolorose, in cui il
 * dolore non è controllabile con l'analgesia convenzionale" (§4 RFA). "Includono" opens a list, so the
 * rule advises and is read only where palliative RFA aims at pain: pain that analgesia controls is
 * advice; RFA for debulking or against a fracture (no pain among the goals) is not this indication
 * and is not read; a pain control, or goals, not recorded leave it unjudged.
 */
public class PalliativeRfaPainPolicy implements TreatmentDecisionPolicy {

    @Override
    public Optional<RuleEvaluation> evaluateDecision(CaseRecord record, TreatmentDecision decision) {
        if (decision.intent() != Intent.PALLIATIVE || !decision.plannedTechniques().contains(Technique.RFA)) return Optional.empty();
        if (decision.goals() == null) return Optional.of(RFA_PALLIATIVE_PAIN.notJudged("the decision's goals are not recorded"));
        if (!decision.goals().contains(Goal.PAIN)) return Optional.empty();
        Boolean controlled = record.assessment().painControlledByConventionalAnalgesia();
        return Optional.of(RFA_PALLIATIVE_PAIN.judge(YesNo.not(controlled),
                "pain not controlled by conventional analgesia",
                "pain controlled by conventional analgesia (palliative RFA is for pain it does not control)",
                "whether conventional analgesia controls the pain is not recorded"));
    }
}
