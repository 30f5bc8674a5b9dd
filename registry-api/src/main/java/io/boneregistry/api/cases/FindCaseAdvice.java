package io.boneregistry.api.cases;

import io.boneregistry.api.access.CaseScope;

/** Asks for a case's {@link CaseAdviceView}; a case outside {@code scope} is not found. */
public record FindCaseAdvice(String caseId, CaseScope scope) {
}
