package io.boneregistry.api.treatment;

import org.axonframework.serialization.Revision;

@Revision("1")
public record TreatmentDecisionAmended(
        String caseId,
        TreatmentDecision decision,
        String reasonForChange) {
}
