package io.boneregistry.api.cases;

import io.boneregistry.api.access.CaseScope;

/** Asks for one case's {@link CaseSummary}; a case outside {@code scope} is not found. */
public record FindCase(String caseId, CaseScope scope) {
}
