package io.boneregistry.api.complication;

import io.boneregistry.api.audit.AmendmentRecorded;
import io.boneregistry.api.privacy.FreeText;
import org.axonframework.serialization.Revision;

/** Revision 2: the complication may name its step, timing and resolution (revision 1 read as none known). */
@Revision("2")
public record ComplicationAmended(
        String caseId,
        String procedureId,
        String complicationId,
        Complication complication,
        @FreeText String reasonForChange) implements AmendmentRecorded {
}
