package io.boneregistry.api.closure;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CaseClosed(
        String caseId,
        Closure closure) {
}
