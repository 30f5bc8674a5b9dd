package io.boneregistry.api.cases;

import io.boneregistry.api.access.CaseScope;

/**
 * Asks for a {@link CasePage}, newest referral first; null filters match everything. Only cases
 * inside {@code scope} are listed.
 */
public record ListCases(String centreId, CaseStage stage, int page, int size, CaseScope scope) {
}
