package io.boneregistry.api.checks;

import org.axonframework.serialization.Revision;

/**
 * Revision 2: the checks carry the consent's date and whether its risks and alternatives were discussed.
 * Revision 3: a yes/no left unanswered is unknown (null), no longer "no" (issue 26).
 */
@Revision("3")
public record PreProcedureChecksCompleted(
        String caseId,
        String checksId,
        PreProcedureChecks checks) {
}
