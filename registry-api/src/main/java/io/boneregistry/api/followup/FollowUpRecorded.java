package io.boneregistry.api.followup;

import org.axonframework.serialization.Revision;

@Revision("1")
public record FollowUpRecorded(
        String caseId,
        String followUpId,
        FollowUp followUp) {
}
