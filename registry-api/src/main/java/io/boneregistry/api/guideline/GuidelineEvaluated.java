package io.boneregistry.api.guideline;

import io.boneregistry.api.privacy.FreeText;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The guideline's evaluation of one entry, recorded with the entry and again whenever a later
 * entry or an amendment changes it; the latest one for an entry is the one that counts. It carries
 * the entry's clinical date (for audits by period) and the case's advice at that moment, so that
 * no reader needs the rules to show it.
 */
@Revision("1")
public record GuidelineEvaluated(
        String caseId,
        EntryRef entry,
        LocalDate entryDate,
        List<RuleEvaluation> evaluations,
        @FreeText String justification,
        CaseAdvice advice) {
}
