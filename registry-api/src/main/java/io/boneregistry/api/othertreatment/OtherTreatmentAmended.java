package io.boneregistry.api.othertreatment;

import io.boneregistry.api.audit.AmendmentRecorded;
import io.boneregistry.api.privacy.FreeText;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OtherTreatmentAmended(
        String caseId,
        String treatmentId,
        OtherTreatment otherTreatment,
        @FreeText String reasonForChange) implements AmendmentRecorded {
}
