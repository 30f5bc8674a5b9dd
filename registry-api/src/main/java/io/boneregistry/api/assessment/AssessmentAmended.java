package io.boneregistry.api.assessment;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AssessmentAmended(
        String caseId,
        Assessment assessment,
        String reasonForChange) {
}
