package io.boneregistry.api.biopsy;

import io.boneregistry.api.audit.AmendmentRecorded;
import org.axonframework.serialization.Revision;

@Revision("1")
public record BiopsyAmended(
        String caseId,
        BiopsyResult biopsy,
        String reasonForChange) implements AmendmentRecorded {
}
