package io.boneregistry.outcomes.worklist;

import io.boneregistry.api.analysis.ConformanceEvaluation;
import io.boneregistry.api.cases.CaseStage;
import io.boneregistry.api.cases.CaseSummary;
import io.boneregistry.api.cases.ProcedureSummary;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.RuleStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatusGridTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 1);

    @Test
    void aTreatedCaseShowsItsStepsDoneItsDeviationsAndWhatIsNotRecordedYet() {
        CaseSummary treated = summary("treated", CaseStage.TREATED, false);
        ConformanceEvaluation deviation = evaluation("treated", EntryKind.TREATMENT_DECISION, RuleStatus.DEVIATED, true);

        StatusGrid.Row row = StatusGrid.of(List.of(treated), List.of(deviation)).get(0);

        assertThat(row.steps()).containsEntry(EntryKind.ASSESSMENT, StatusGrid.Cell.DONE)
                .containsEntry(EntryKind.TREATMENT_DECISION, StatusGrid.Cell.DEVIATED)
                .containsEntry(EntryKind.PRE_PROCEDURE_CHECKS, StatusGrid.Cell.DONE)
                .containsEntry(EntryKind.PROCEDURE, StatusGrid.Cell.DONE)
                .containsEntry(EntryKind.FOLLOW_UP, StatusGrid.Cell.MISSING)
                .containsEntry(EntryKind.CLOSURE, StatusGrid.Cell.MISSING);
    }

    @Test
    void closedCasesAreNotOnTheGridAndEvaluationsOutsideTheScopeAreNotRead() {
        List<StatusGrid.Row> rows = StatusGrid.of(List.of(summary("closed", CaseStage.CLOSED, true), summary("open", CaseStage.ASSESSED, false)),
                List.of(evaluation("open", EntryKind.BIOPSY_DECISION, RuleStatus.DEVIATED, false)));

        assertThat(rows).extracting(StatusGrid.Row::caseId).containsExactly("open");
        assertThat(rows.get(0).steps()).containsEntry(EntryKind.BIOPSY_DECISION, StatusGrid.Cell.MISSING);
    }

    private static CaseSummary summary(String caseId, CaseStage stage, boolean closed) {
        List<ProcedureSummary> procedures = stage.compareTo(CaseStage.TREATED) >= 0
                ? List.of(new ProcedureSummary(caseId + "-p", DAY, "OP-1", List.of())) : List.of();
        return new CaseSummary(caseId, "IT-BO-01", stage, DAY.minusDays(30), null, null, List.of(), procedures, null, List.of(), closed);
    }

    private static ConformanceEvaluation evaluation(String caseId, EntryKind kind, RuleStatus status, boolean inScope) {
        return new ConformanceEvaluation(caseId, "IT-BO-01", kind, "e", DAY, "R-STRATEGY-1", status, "detail", null, inScope);
    }
}
