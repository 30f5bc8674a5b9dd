package io.boneregistry.api.analysis;

import java.time.LocalDate;

/**
 * Asks for every current {@link ConformanceEvaluation} of entries dated within [from, to] (null
 * bounds are open), of one centre or (null) of all. The advice shown when pre-procedure checks are
 * recorded is left out: those rules count on the procedure.
 */
public record FindConformanceEvaluations(String centreId, LocalDate from, LocalDate to) {
}
