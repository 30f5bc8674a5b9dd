package io.boneregistry.api.analysis;

import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.RuleStatus;

import java.time.LocalDate;

/** A rule's current evaluation on one entry of a case, as conformance counts it. */
public record ConformanceEvaluation(
        String caseId,
        String centreId,
        EntryKind entryKind,
        String entryId,
        LocalDate entryDate,
        String ruleId,
        RuleStatus status,
        String detail,
        String justification) {
}
