package io.boneregistry.api.analysis;

import java.util.List;

/** The analysis dataset: one row per procedure, ordered by case and procedure number. */
public record AnalysisDataset(List<ProcedureRow> rows) {
}
