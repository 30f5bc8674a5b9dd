package io.boneregistry.api.analysis;

import io.boneregistry.api.access.CaseScope;

/**
 * Asks for the {@link AnalysisDataset}, of one centre or (null) of all, holding only the cases inside
 * {@code scope}: statistics ask with every centre, a requester's row-level reads with theirs.
 */
public record FindAnalysisDataset(String centreId, CaseScope scope) {
}
