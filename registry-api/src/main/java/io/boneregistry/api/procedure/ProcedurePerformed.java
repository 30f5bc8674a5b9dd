package io.boneregistry.api.procedure;

import org.axonframework.serialization.Revision;

/**
 * Revision 2: the procedure says whether an anti-inflammatory was given after RFA. Revision 3:
 * each technique step names the site and vertebral level it treats.
 * Revision 4: a yes/no left unanswered is unknown (null), no longer "no" (issue 26).
 * Revision 5: a cement step's leakage says the imaging that looked for it (issue 27).
 */
@Revision("5")
public record ProcedurePerformed(
        String caseId,
        String procedureId,
        Procedure procedure) {
}
