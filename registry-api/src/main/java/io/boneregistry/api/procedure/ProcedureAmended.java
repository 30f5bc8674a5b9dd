package io.boneregistry.api.procedure;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ProcedureAmended(
        String caseId,
        String procedureId,
        Procedure procedure,
        String reasonForChange) {
}
