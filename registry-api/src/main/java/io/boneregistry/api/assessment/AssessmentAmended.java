package io.boneregistry.api.assessment;

import io.boneregistry.api.audit.AmendmentRecorded;
import io.boneregistry.api.privacy.FreeText;
import org.axonframework.serialization.Revision;

/**
 * Revision 2: the assessment says whether the patient refuses surgery and whether analgesia controls the pain.
 * Revision 3: its lesion says whether a metal implant is at the site, a peripheral nerve near the
 * target, and an insulating cortex intact.
 * Revision 4: a yes/no left unanswered is unknown (null), no longer "no" (issue 26).
 * Revision 5: the baseline pain says the neuralgia's intensity (issue 27).
 */
@Revision("5")
public record AssessmentAmended(
        String caseId,
        Assessment assessment,
        @FreeText String reasonForChange) implements AmendmentRecorded {
}
