package io.boneregistry.api.checks;

import io.boneregistry.api.audit.AmendmentRecorded;
import io.boneregistry.api.privacy.FreeText;
import org.axonframework.serialization.Revision;

/**
 * Revision 2: the checks carry the consent's date and whether its risks and alternatives were discussed.
 * Revision 3: a yes/no left unanswered is unknown (null), no longer "no" (issue 26).
 */
@Revision("3")
public record PreProcedureChecksAmended(
        String caseId,
        String checksId,
        PreProcedureChecks checks,
        @FreeText String reasonForChange) implements AmendmentRecorded {
}
