package io.boneregistry.core.guideline.workup;

import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.core.guideline.TreatmentDecisionPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.WORKUP_PARAMS;

/** R-WORKUP-PARAMS: a multidisciplinary team decides, and defines the goal beforehand. */
public class MultidisciplinaryDecisionPolicy implements TreatmentDecisionPolicy {

    @Override
    public Optional<RuleEvaluation> evaluateDecision(CaseRecord record, TreatmentDecision decision) {
        return Optional.of(WORKUP_PARAMS.judge(decision.mdt(),
                "MDT decision with a " + decision.intent().name().toLowerCase() + " goal",
                "no multidisciplinary team decision",
                "whether a multidisciplinary team decided not recorded"));
    }
}
