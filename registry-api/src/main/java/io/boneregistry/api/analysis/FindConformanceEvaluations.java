package io.boneregistry.api.analysis;

import io.boneregistry.api.access.CaseScope;

import java.time.LocalDate;

/**
 * Asks for every current {@link ConformanceEvaluation} of entries dated within [from, to] (null
 * bounds are open), of one centre or (null) of all. The advice shown when pre-procedure checks are
 * recorded is left out: those rules count on the procedure. Evaluations of cases outside
 * {@code scope} come without their case-level items, so they count and no more.
 */
public record FindConformanceEvaluations(String centreId, LocalDate from, LocalDate to, CaseScope scope) {
}
