package io.boneregistry.api.cases;

import io.boneregistry.api.access.CaseScope;

/** Asks for a case's {@link CaseHistory}: its audit trail; a case outside {@code scope} is not found. */
public record FindCaseHistory(String caseId, CaseScope scope) {
}
