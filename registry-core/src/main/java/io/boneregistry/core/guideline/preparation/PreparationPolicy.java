package io.boneregistry.core.guideline.preparation;

import io.boneregistry.api.checks.PreProcedureChecks;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.core.guideline.GuidelinePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

/**
 * A rule about the state of the patient before a procedure. It is judged on each procedure
 * against the checks in force that day (missing checks are a deviation), and shown as advice when
 * the checks themselves are recorded; conformance counts the procedure's judgement.
 */
public abstract class PreparationPolicy implements GuidelinePolicy {

    protected abstract GuidelineRule rule();

    protected abstract RuleEvaluation judge(PreProcedureChecks checks);

    @Override
    public Optional<RuleEvaluation> evaluate(CaseRecord record, EntryRef entry) {
        return switch (entry.kind()) {
            case PRE_PROCEDURE_CHECKS -> Optional.of(judge(record.checks(entry.entryId())));
            case PROCEDURE -> Optional.of(judgeBefore(record, record.procedure(entry.entryId())));
            default -> Optional.empty();
        };
    }

    private RuleEvaluation judgeBefore(CaseRecord record, Procedure procedure) {
        return record.checksInForceOn(procedure.performedOn()).map(this::judge)
                .orElseGet(() -> rule().notFollowed("no pre-procedure checks recorded before the procedure"));
    }
}
