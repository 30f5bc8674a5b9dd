package io.boneregistry.api.analysis;

/**
 * Asks for the analysis rows of at most {@code cases} cases whose id sorts after {@code afterCaseId}
 * (null: from the first), of one centre or (null) of all. Exports page through the dataset with it
 * so that memory stays flat whatever the registry's size.
 */
public record FindAnalysisDatasetPage(String centreId, String afterCaseId, int cases) {

    public FindAnalysisDatasetPage {
        if (cases < 1) throw new IllegalArgumentException("a page holds at least one case, not " + cases);
    }
}
