package io.boneregistry.api.assessment;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AssessmentRecorded(
        String caseId,
        Assessment assessment) {
}
