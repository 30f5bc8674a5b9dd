package io.boneregistry.api.biopsy;

import io.boneregistry.api.audit.AmendmentRecorded;
import io.boneregistry.api.privacy.FreeText;
import org.axonframework.serialization.Revision;

@Revision("1")
public record BiopsyAmended(
        String caseId,
        BiopsyResult biopsy,
        @FreeText String reasonForChange) implements AmendmentRecorded {
}
