package io.boneregistry.outcomes.export;

import io.boneregistry.api.analysis.TreatedLevelRow;

/** One treated level of a procedure as treated-levels.csv writes it, beside the procedure it belongs to. */
public record ExportedLevel(ExportedProcedure procedure, TreatedLevelRow level) {
}
