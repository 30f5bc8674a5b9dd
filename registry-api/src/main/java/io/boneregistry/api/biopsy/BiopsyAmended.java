package io.boneregistry.api.biopsy;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BiopsyAmended(
        String caseId,
        BiopsyResult biopsy,
        String reasonForChange) {
}
