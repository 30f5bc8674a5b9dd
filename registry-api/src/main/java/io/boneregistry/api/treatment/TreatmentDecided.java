package io.boneregistry.api.treatment;

import org.axonframework.serialization.Revision;

@Revision("1")
public record TreatmentDecided(
        String caseId,
        TreatmentDecision decision) {
}
