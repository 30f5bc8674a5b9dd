package io.boneregistry.outcomes.worklist;

import io.boneregistry.api.analysis.ConformanceEvaluation;
import io.boneregistry.api.cases.CaseStage;
import io.boneregistry.api.cases.CaseSummary;
import io.boneregistry.api.cases.ProcedureSummary;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.RuleStatus;
import io.boneregistry.api.registration.Sex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatusGridTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 1);

    @Test
    void aTreatedCaseShowsItsStepsDoneItsDeviationsAndWhatIsNotRecordedYet() {
        CaseSummary treated = summary("treated", CaseStage.TREATED, false, null, Map.of("ASSESSMENT", List.of(),
                "TREATMENT_DECISION", List.of(), "PRE_PROCEDURE_CHECKS/c1", List.of(), "PROCEDURE/treated-p", List.of()));
        ConformanceEvaluation deviation = evaluation("treated", EntryKind.TREATMENT_DECISION, RuleStatus.DEVIATED, true);

        StatusGrid.Row row = StatusGrid.of(List.of(treated), List.of(deviation)).get(0);

        assertThat(row.steps()).containsEntry(EntryKind.ASSESSMENT, StatusGrid.Cell.DONE)
                .containsEntry(EntryKind.TREATMENT_DECISION, StatusGrid.Cell.DEVIATED)
                .containsEntry(EntryKind.PRE_PROCEDURE_CHECKS, StatusGrid.Cell.DONE)
                .containsEntry(EntryKind.PROCEDURE, StatusGrid.Cell.DONE)
                .containsEntry(EntryKind.FOLLOW_UP, StatusGrid.Cell.MISSING)
                .containsEntry(EntryKind.CLOSURE, StatusGrid.Cell.MISSING);
        assertThat(row.patientPseudonym()).isEqualTo("P-treated");
    }

    @Test
    void anEntryLackingAnswersIsIncompleteWithTheFieldsNamed() {
        CaseSummary lacking = summary("lacking", CaseStage.TREATED, false, null, Map.of("ASSESSMENT", List.of(),
                "PROCEDURE/lacking-p", List.of("steps[0].leakage")));

        StatusGrid.Row row = StatusGrid.of(List.of(lacking), List.of()).get(0);

        assertThat(row.steps()).containsEntry(EntryKind.PROCEDURE, StatusGrid.Cell.INCOMPLETE)
                .containsEntry(EntryKind.PRE_PROCEDURE_CHECKS, StatusGrid.Cell.MISSING);
        assertThat(row.missing()).containsEntry(EntryKind.PROCEDURE, List.of("PROCEDURE/lacking-p: steps[0].leakage"));
    }

    @Test
    void aBiopsyTheGuidelineDoesNotAskForIsNotNeededRatherThanMissing() {
        StatusGrid.Row notAsked = StatusGrid.of(List.of(summary("metastasis", CaseStage.ASSESSED, false, false,
                Map.of("ASSESSMENT", List.of()))), List.of()).get(0);
        StatusGrid.Row asked = StatusGrid.of(List.of(summary("chondroblastoma", CaseStage.ASSESSED, false, true,
                Map.of("ASSESSMENT", List.of()))), List.of()).get(0);

        assertThat(notAsked.steps()).containsEntry(EntryKind.BIOPSY_DECISION, StatusGrid.Cell.NOT_NEEDED)
                .containsEntry(EntryKind.BIOPSY, StatusGrid.Cell.NOT_NEEDED);
        assertThat(asked.steps()).containsEntry(EntryKind.BIOPSY, StatusGrid.Cell.MISSING);
    }

    @Test
    void closedCasesAreNotOnTheGridAndEvaluationsOutsideTheScopeAreNotRead() {
        List<StatusGrid.Row> rows = StatusGrid.of(List.of(summary("closed", CaseStage.CLOSED, true), summary("open", CaseStage.ASSESSED, false)),
                List.of(evaluation("open", EntryKind.BIOPSY_DECISION, RuleStatus.DEVIATED, false)));

        assertThat(rows).extracting(StatusGrid.Row::caseId).containsExactly("open");
        assertThat(rows.get(0).steps()).containsEntry(EntryKind.BIOPSY_DECISION, StatusGrid.Cell.MISSING);
    }

    private static CaseSummary summary(String caseId, CaseStage stage, boolean closed) {
        return summary(caseId, stage, closed, null, Map.of());
    }

    private static CaseSummary summary(String caseId, CaseStage stage, boolean closed, Boolean biopsyAdvised,
                                       Map<String, List<String>> missing) {
        List<ProcedureSummary> procedures = stage.compareTo(CaseStage.TREATED) >= 0
                ? List.of(new ProcedureSummary(caseId + "-p", DAY, "OP-1", List.of())) : List.of();
        return new CaseSummary(caseId, "IT-BO-01", "P-" + caseId, 1950, Sex.FEMALE, stage, DAY.minusDays(30), null, null, List.of(),
                procedures, null, List.of(), closed, false, biopsyAdvised, missing, 0);
    }

    private static ConformanceEvaluation evaluation(String caseId, EntryKind kind, RuleStatus status, boolean inScope) {
        return new ConformanceEvaluation(caseId, "IT-BO-01", kind, "e", DAY, "R-STRATEGY-1", status, "detail", null, inScope);
    }
}
