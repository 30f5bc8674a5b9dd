package io.boneregistry.outcomes.export;

import io.boneregistry.api.analysis.ProcedureRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The analysis rows an export walks through, one case's rows at a time. Exports are written
 * against this, so they run the same on the registry's pages and on a list in a test.
 */
@FunctionalInterface
public interface CaseRows {

    void forEachCase(Consumer<List<ProcedureRow>> caseRows);

    static CaseRows of(List<ProcedureRow> rows) {
        Map<String, List<ProcedureRow>> byCase = new LinkedHashMap<>();
        rows.forEach(row -> byCase.computeIfAbsent(row.caseId(), id -> new ArrayList<>()).add(row));
        return action -> byCase.values().forEach(caseRows -> action.accept(List.copyOf(caseRows)));
    }
}
