package io.boneregistry.core.guideline;

import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

/** A rule about how a procedure was performed. */
public interface ProcedurePolicy extends GuidelinePolicy {

    @Override
    default Optional<RuleEvaluation> evaluate(CaseRecord record, EntryRef entry) {
        return entry.kind() == EntryKind.PROCEDURE
                ? evaluateProcedure(record, record.procedure(entry.entryId()))
                : Optional.empty();
    }

    Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure);
}
