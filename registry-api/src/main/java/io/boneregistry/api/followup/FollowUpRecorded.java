package io.boneregistry.api.followup;

import org.axonframework.serialization.Revision;

/**
 * Revision 2: the follow-up carries pain at the treated site, the analgesic ladder step, ECOG
 * performance status and imaging.
 * Revision 3: it says the neuralgia's intensity where neuralgia persists (issue 27).
 */
@Revision("3")
public record FollowUpRecorded(
        String caseId,
        String followUpId,
        FollowUp followUp) {
}
