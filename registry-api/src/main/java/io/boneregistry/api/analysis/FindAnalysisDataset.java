package io.boneregistry.api.analysis;

/** Asks for the {@link AnalysisDataset}, of one centre or (null) of all. */
public record FindAnalysisDataset(String centreId) {
}
