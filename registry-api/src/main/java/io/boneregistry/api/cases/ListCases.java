package io.boneregistry.api.cases;

/** Asks for a {@link CasePage}, newest referral first; null filters match everything. */
public record ListCases(String centreId, CaseStage stage, int page, int size) {
}
