package io.boneregistry.core.guideline;

import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

/** One rule of the guideline: whether it applies to an entry of a case, and if so, met or deviated. */
public interface GuidelinePolicy {

    Optional<RuleEvaluation> evaluate(CaseRecord record, EntryRef entry);
}
