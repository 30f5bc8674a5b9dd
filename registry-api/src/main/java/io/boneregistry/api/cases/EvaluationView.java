package io.boneregistry.api.cases;

import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.RuleStatus;
import io.boneregistry.api.privacy.FreeText;

/** A rule's current evaluation on one entry of a case, with the clinician's justification if any. */
public record EvaluationView(
        String ruleId,
        RuleStatus status,
        String detail,
        EntryKind entryKind,
        String entryId,
        @FreeText String justification) {
}
