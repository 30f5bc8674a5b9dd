package io.boneregistry.api.checks;

import org.axonframework.serialization.Revision;

/**
 * Revision 2: the checks carry the consent's date and whether its risks and alternatives were discussed.
 */
@Revision("2")
public record PreProcedureChecksCompleted(
        String caseId,
        String checksId,
        PreProcedureChecks checks) {
}
