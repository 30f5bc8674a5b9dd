package io.boneregistry.api.procedure;

import io.boneregistry.api.audit.AmendmentRecorded;
import io.boneregistry.api.privacy.FreeText;
import org.axonframework.serialization.Revision;

/** Revision 2: the procedure says whether an anti-inflammatory was given after RFA. */
@Revision("2")
public record ProcedureAmended(
        String caseId,
        String procedureId,
        Procedure procedure,
        @FreeText String reasonForChange) implements AmendmentRecorded {
}
