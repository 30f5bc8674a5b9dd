package io.boneregistry.api.assessment;

import org.axonframework.serialization.Revision;

/** Revision 2: the assessment says whether the patient refuses surgery and whether analgesia controls the pain. */
@Revision("2")
public record AssessmentRecorded(
        String caseId,
        Assessment assessment) {
}
