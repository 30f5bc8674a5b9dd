package io.boneregistry.api.followup;

import org.axonframework.serialization.Revision;

/**
 * Revision 2: the follow-up carries pain at the treated site, the analgesic ladder step, ECOG
 * performance status and imaging.
 */
@Revision("2")
public record FollowUpRecorded(
        String caseId,
        String followUpId,
        FollowUp followUp) {
}
