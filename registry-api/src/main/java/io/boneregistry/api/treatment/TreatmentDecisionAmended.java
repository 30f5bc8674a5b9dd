package io.boneregistry.api.treatment;

import io.boneregistry.api.audit.AmendmentRecorded;
import io.boneregistry.api.privacy.FreeText;
import org.axonframework.serialization.Revision;

/**
 * Revision 2: a yes/no left unanswered is unknown (null), no longer "no" (issue 26).
 */
@Revision("2")
public record TreatmentDecisionAmended(
        String caseId,
        TreatmentDecision decision,
        @FreeText String reasonForChange) implements AmendmentRecorded {
}
