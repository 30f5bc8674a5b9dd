package io.boneregistry.api.checks;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PreProcedureChecksCompleted(
        String caseId,
        String checksId,
        PreProcedureChecks checks) {
}
