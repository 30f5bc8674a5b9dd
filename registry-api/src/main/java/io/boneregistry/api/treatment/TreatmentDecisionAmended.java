package io.boneregistry.api.treatment;

import io.boneregistry.api.audit.AmendmentRecorded;
import io.boneregistry.api.privacy.FreeText;
import org.axonframework.serialization.Revision;

@Revision("1")
public record TreatmentDecisionAmended(
        String caseId,
        TreatmentDecision decision,
        @FreeText String reasonForChange) implements AmendmentRecorded {
}
