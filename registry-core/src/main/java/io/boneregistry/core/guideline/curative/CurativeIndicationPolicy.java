package io.boneregistry.core.guideline.curative;

import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.guideline.EligibilityReason;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.treatment.Intent;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.core.guideline.TreatmentDecisionPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.List;
import java.util.Optional;

/**
 * A curative indication of the guideline: a list of conditions on the case. A curative decision
 * that fails any of them deviates, naming each; before the decision the same conditions give the
 * reasons of the curative-eligibility advice.
 */
public abstract class CurativeIndicationPolicy implements TreatmentDecisionPolicy {

    protected abstract GuidelineRule rule();

    protected abstract boolean concerns(Diagnosis diagnosis);

    /** The conditions the case fails; the MDT condition only once a decision says whether one was held. */
    protected abstract List<String> unmetConditions(CaseRecord record);

    public Optional<List<EligibilityReason>> reasonsAgainst(CaseRecord record) {
        if (!concerns(record.diagnosis())) return Optional.empty();
        return Optional.of(unmetConditions(record).stream()
                .map(condition -> new EligibilityReason(rule().id(), condition)).toList());
    }

    @Override
    public Optional<RuleEvaluation> evaluateDecision(CaseRecord record, TreatmentDecision decision) {
        if (decision.intent() != Intent.CURATIVE || !concerns(record.diagnosis())) return Optional.empty();
        return Optional.of(rule().judge(unmetConditions(record), "meets the curative indication"));
    }
}
