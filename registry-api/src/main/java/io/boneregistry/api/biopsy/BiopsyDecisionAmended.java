package io.boneregistry.api.biopsy;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BiopsyDecisionAmended(
        String caseId,
        BiopsyDecision decision,
        String reasonForChange) {
}
