package io.boneregistry.api.analysis;

import io.boneregistry.api.access.CaseScope;

import java.time.LocalDate;

/**
 * Asks for conformance counted per rule and centre over entries dated within [from, to] (null
 * bounds are open), of one centre or (null) of all, with the deviations listed only for cases
 * inside {@code scope}; as {@link FindConformanceEvaluations}, pre-procedure checks are left out.
 */
public record FindConformanceTallies(String centreId, LocalDate from, LocalDate to, CaseScope scope) {
}
