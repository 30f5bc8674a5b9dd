package io.boneregistry.core.guideline.preparation;

import io.boneregistry.api.checks.PreProcedureChecks;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.core.guideline.GuidelinePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

/**
 * A rule about the state of the patient before a procedure. It is judged on each procedure
 * against the checks that prepared that session (recorded on or before its day, after any earlier
 * procedure; missing checks are a deviation), and shown as advice when the checks themselves are
 * recorded; conformance counts the procedure's judgement.
 */
public abstract class PreparationPolicy implements GuidelinePolicy {

    protected abstract GuidelineRule rule();

    protected abstract RuleEvaluation judge(PreProcedureChecks checks);

    @Override
    public Optional<RuleEvaluation> evaluate(CaseRecord record, EntryRef entry) {
        return switch (entry.kind()) {
            case PRE_PROCEDURE_CHECKS -> Optional.of(judge(record.checks(entry.entryId())));
            case PROCEDURE -> Optional.of(judgeBefore(record, entry.entryId()));
            default -> Optional.empty();
        };
    }

    private RuleEvaluation judgeBefore(CaseRecord record, String procedureId) {
        return record.checksFor(procedureId).map(this::judge)
                .orElseGet(() -> rule().notFollowed("no pre-procedure checks recorded for this session (before it, after any earlier one)"));
    }
}
