package io.boneregistry.api.followup;

import io.boneregistry.api.audit.AmendmentRecorded;
import io.boneregistry.api.privacy.FreeText;
import org.axonframework.serialization.Revision;

/**
 * Revision 2: the follow-up carries pain at the treated site, the analgesic ladder step, ECOG
 * performance status and imaging.
 * Revision 3: it says the neuralgia's intensity where neuralgia persists (issue 27).
 */
@Revision("3")
public record FollowUpAmended(
        String caseId,
        String followUpId,
        FollowUp followUp,
        @FreeText String reasonForChange) implements AmendmentRecorded {
}
