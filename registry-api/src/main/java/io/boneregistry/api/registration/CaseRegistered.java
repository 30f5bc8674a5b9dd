package io.boneregistry.api.registration;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CaseRegistered(
        String caseId,
        Registration registration) {
}
