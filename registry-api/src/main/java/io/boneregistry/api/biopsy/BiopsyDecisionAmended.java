package io.boneregistry.api.biopsy;

import io.boneregistry.api.audit.AmendmentRecorded;
import org.axonframework.serialization.Revision;

@Revision("1")
public record BiopsyDecisionAmended(
        String caseId,
        BiopsyDecision decision,
        String reasonForChange) implements AmendmentRecorded {
}
