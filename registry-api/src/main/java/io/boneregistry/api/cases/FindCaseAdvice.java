package io.boneregistry.api.cases;

/** Asks for a case's {@link CaseAdviceView}. */
public record FindCaseAdvice(String caseId) {
}
