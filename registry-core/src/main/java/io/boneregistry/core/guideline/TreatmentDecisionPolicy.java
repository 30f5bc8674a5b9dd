package io.boneregistry.core.guideline;

import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

/** A rule about the treatment decision: the goal, the indication and the planned techniques. */
public interface TreatmentDecisionPolicy extends GuidelinePolicy {

    @Override
    default Optional<RuleEvaluation> evaluate(CaseRecord record, EntryRef entry) {
        return entry.kind() == EntryKind.TREATMENT_DECISION
                ? evaluateDecision(record, record.treatmentDecision())
                : Optional.empty();
    }

    Optional<RuleEvaluation> evaluateDecision(CaseRecord record, TreatmentDecision decision);
}
