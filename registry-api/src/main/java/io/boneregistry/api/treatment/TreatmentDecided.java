package io.boneregistry.api.treatment;

import org.axonframework.serialization.Revision;

/**
 * Revision 2: a yes/no left unanswered is unknown (null), no longer "no" (issue 26).
 */
@Revision("2")
public record TreatmentDecided(
        String caseId,
        TreatmentDecision decision) {
}
