package io.boneregistry.api.cases;

import io.boneregistry.api.access.CaseScope;

/**
 * Asks for a {@link CasePage}, newest referral first; null filters match everything. Only cases
 * inside {@code scope} are listed. {@code pseudonym} finds the cases whose patient pseudonym starts
 * with it, upper and lower case alike; {@code enteredInError} false leaves out cases entered in error.
 */
public record ListCases(String centreId, CaseStage stage, String pseudonym, Boolean enteredInError, int page, int size, CaseScope scope) {

    public ListCases(String centreId, CaseStage stage, int page, int size, CaseScope scope) {
        this(centreId, stage, null, null, page, size, scope);
    }
}
