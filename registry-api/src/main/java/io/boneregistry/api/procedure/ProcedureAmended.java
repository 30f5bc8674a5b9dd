package io.boneregistry.api.procedure;

import io.boneregistry.api.audit.AmendmentRecorded;
import io.boneregistry.api.privacy.FreeText;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ProcedureAmended(
        String caseId,
        String procedureId,
        Procedure procedure,
        @FreeText String reasonForChange) implements AmendmentRecorded {
}
