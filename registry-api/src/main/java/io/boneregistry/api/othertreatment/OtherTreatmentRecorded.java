package io.boneregistry.api.othertreatment;

import org.axonframework.serialization.Revision;

@Revision("1")
public record OtherTreatmentRecorded(
        String caseId,
        String treatmentId,
        OtherTreatment otherTreatment) {
}
