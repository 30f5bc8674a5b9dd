package io.boneregistry.api.analysis;

import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.RuleStatus;
import io.boneregistry.api.privacy.FreeText;

import java.time.LocalDate;

/**
 * A rule's current evaluation on one entry of a case, as conformance counts it. Outside the asker's
 * scope ({@code inScope} false) the case id is a stand-in that only tells cases apart within one
 * answer, and the entry's id, date and justification are left out.
 */
public record ConformanceEvaluation(
        String caseId,
        String centreId,
        EntryKind entryKind,
        String entryId,
        LocalDate entryDate,
        String ruleId,
        RuleStatus status,
        String detail,
        @FreeText String justification,
        boolean inScope) {

    /** The same evaluation with nothing of its case but a stand-in id: for counting only. */
    public ConformanceEvaluation countedOnly(String standIn) {
        return new ConformanceEvaluation(standIn, centreId, entryKind, null, null, ruleId, status, detail, null, false);
    }
}
