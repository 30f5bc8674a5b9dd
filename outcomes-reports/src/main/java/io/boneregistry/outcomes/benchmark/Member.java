package io.boneregistry.outcomes.benchmark;

import io.boneregistry.api.analysis.ProcedureRow;

/** One unit a benchmark counts (a procedure, or a cement step), and whether it is in the numerator. */
public record Member(ProcedureRow row, boolean hit) {
}
