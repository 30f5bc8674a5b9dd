package io.boneregistry.api.checks;

import io.boneregistry.api.audit.AmendmentRecorded;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PreProcedureChecksAmended(
        String caseId,
        String checksId,
        PreProcedureChecks checks,
        String reasonForChange) implements AmendmentRecorded {
}
