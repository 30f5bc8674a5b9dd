package io.boneregistry.api.cases;

import java.util.Set;

/**
 * Asks for a {@link CasePage}, newest referral first; null filters match everything. {@code within}
 * limits the answer to the centres the requester may see (null: every centre).
 */
public record ListCases(String centreId, CaseStage stage, int page, int size, Set<String> within) {

    public ListCases(String centreId, CaseStage stage, int page, int size) {
        this(centreId, stage, page, size, null);
    }
}
