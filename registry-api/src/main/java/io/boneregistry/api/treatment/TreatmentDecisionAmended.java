package io.boneregistry.api.treatment;

import io.boneregistry.api.audit.AmendmentRecorded;
import org.axonframework.serialization.Revision;

@Revision("1")
public record TreatmentDecisionAmended(
        String caseId,
        TreatmentDecision decision,
        String reasonForChange) implements AmendmentRecorded {
}
