package io.boneregistry.api.cases;

/** Asks for one case's {@link CaseSummary}. */
public record FindCase(String caseId) {
}
