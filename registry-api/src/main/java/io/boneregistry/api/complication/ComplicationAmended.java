package io.boneregistry.api.complication;

import io.boneregistry.api.audit.AmendmentRecorded;
import io.boneregistry.api.privacy.FreeText;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ComplicationAmended(
        String caseId,
        String procedureId,
        String complicationId,
        Complication complication,
        @FreeText String reasonForChange) implements AmendmentRecorded {
}
