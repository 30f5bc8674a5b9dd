package io.boneregistry.api.analysis;

import java.util.List;

/**
 * One page of the analysis dataset: the rows of the page's cases (a case without a procedure has
 * none), and the last case id read, to ask for the next page with; null when there are no more.
 */
public record AnalysisDatasetPage(List<ProcedureRow> rows, String lastCaseId) {

    public boolean last() {
        return lastCaseId == null;
    }
}
