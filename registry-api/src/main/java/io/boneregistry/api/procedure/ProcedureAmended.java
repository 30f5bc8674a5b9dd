package io.boneregistry.api.procedure;

import io.boneregistry.api.audit.AmendmentRecorded;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ProcedureAmended(
        String caseId,
        String procedureId,
        Procedure procedure,
        String reasonForChange) implements AmendmentRecorded {
}
