package io.boneregistry.api.complication;

import io.boneregistry.api.audit.AmendmentRecorded;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ComplicationAmended(
        String caseId,
        String procedureId,
        String complicationId,
        Complication complication,
        String reasonForChange) implements AmendmentRecorded {
}
