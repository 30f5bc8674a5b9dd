package io.boneregistry.api.followup;

import io.boneregistry.api.audit.AmendmentRecorded;
import io.boneregistry.api.privacy.FreeText;
import org.axonframework.serialization.Revision;

@Revision("1")
public record FollowUpAmended(
        String caseId,
        String followUpId,
        FollowUp followUp,
        @FreeText String reasonForChange) implements AmendmentRecorded {
}
