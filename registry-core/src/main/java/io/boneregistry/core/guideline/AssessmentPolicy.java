package io.boneregistry.core.guideline;

import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

/** A rule about the work-up recorded in the assessment. */
public interface AssessmentPolicy extends GuidelinePolicy {

    @Override
    default Optional<RuleEvaluation> evaluate(CaseRecord record, EntryRef entry) {
        return entry.kind() == EntryKind.ASSESSMENT ? evaluateAssessment(record.assessment()) : Optional.empty();
    }

    Optional<RuleEvaluation> evaluateAssessment(Assessment assessment);
}
