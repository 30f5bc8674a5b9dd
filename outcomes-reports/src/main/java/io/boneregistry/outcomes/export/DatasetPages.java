package io.boneregistry.outcomes.export;

import io.boneregistry.api.analysis.AnalysisDatasetPage;
import io.boneregistry.api.analysis.FindAnalysisDatasetPage;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.outcomes.benchmark.DatasetFilter;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks the analysis dataset a page of cases at a time, so an export of any size holds one page in
 * memory. Hands over each case's rows that the filter keeps, in case id order.
 */
@Component
public class DatasetPages {

    static final int CASES_PER_PAGE = 500;

    private final QueryGateway queries;

    public DatasetPages(QueryGateway queries) {
        this.queries = queries;
    }

    public CaseRows of(DatasetFilter filter) {
        return caseRows -> walk(filter, caseRows);
    }

    private void walk(DatasetFilter filter, Consumer<List<ProcedureRow>> caseRows) {
        String after = null;
        do {
            AnalysisDatasetPage page = queries.query(new FindAnalysisDatasetPage(filter.centreId(), after, CASES_PER_PAGE),
                    AnalysisDatasetPage.class).join();
            List<ProcedureRow> current = new ArrayList<>();
            for (ProcedureRow row : page.rows()) {
                if (!current.isEmpty() && !current.get(0).caseId().equals(row.caseId())) {
                    caseRows.accept(List.copyOf(current));
                    current.clear();
                }
                if (filter.keeps(row)) current.add(row);
            }
            if (!current.isEmpty()) caseRows.accept(List.copyOf(current));
            after = page.lastCaseId();
        } while (after != null);
    }
}
