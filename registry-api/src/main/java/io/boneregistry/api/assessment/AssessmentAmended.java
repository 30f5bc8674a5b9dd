package io.boneregistry.api.assessment;

import io.boneregistry.api.audit.AmendmentRecorded;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AssessmentAmended(
        String caseId,
        Assessment assessment,
        String reasonForChange) implements AmendmentRecorded {
}
