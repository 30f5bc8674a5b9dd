package io.boneregistry.api.biopsy;

import io.boneregistry.api.audit.AmendmentRecorded;
import io.boneregistry.api.privacy.FreeText;
import org.axonframework.serialization.Revision;

@Revision("1")
public record BiopsyDecisionAmended(
        String caseId,
        BiopsyDecision decision,
        @FreeText String reasonForChange) implements AmendmentRecorded {
}
