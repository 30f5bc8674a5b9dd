package io.boneregistry.api.biopsy;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BiopsyPerformed(
        String caseId,
        BiopsyResult biopsy) {
}
