package io.boneregistry.api.cases;

/** Asks for a case's {@link CaseHistory}: its audit trail. */
public record FindCaseHistory(String caseId) {
}
