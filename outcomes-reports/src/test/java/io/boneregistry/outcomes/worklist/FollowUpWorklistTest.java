package io.boneregistry.outcomes.worklist;

import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.outcomes.benchmark.Rows;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.boneregistry.outcomes.benchmark.Rows.DAY;
import static org.assertj.core.api.Assertions.assertThat;

class FollowUpWorklistTest {

    private static final FollowUpSchedule STANDARD = FollowUpSchedule.standard();

    @Test
    void aProcedureThirtyDaysAgoWithoutAFollowUpIsOverdueForItsDay28Visit() {
        List<DueFollowUp> due = FollowUpWorklist.due(List.of(treated().row()), STANDARD, DAY.plusDays(30));

        assertThat(due).singleElement().satisfies(visit -> {
            assertThat(visit.visit()).isEqualTo("day 28");
            assertThat(visit.status()).isEqualTo(DueFollowUp.Status.OVERDUE);
            assertThat(visit.daysLate()).isEqualTo(2);
            assertThat(visit.visitDate()).isEqualTo(DAY.plusDays(28));
            assertThat(visit.windowEnds()).isEqualTo(DAY.plusDays(56));
        });
    }

    @Test
    void aVisitIsDueFromItsWindowsFirstDayAndGoneOnceItsWindowCloses() {
        assertThat(FollowUpWorklist.due(List.of(treated().row()), STANDARD, DAY.plusDays(6))).isEmpty();
        assertThat(FollowUpWorklist.due(List.of(treated().row()), STANDARD, DAY.plusDays(7)))
                .singleElement().extracting(DueFollowUp::status).isEqualTo(DueFollowUp.Status.DUE);
        assertThat(FollowUpWorklist.due(List.of(treated().row()), STANDARD, DAY.plusDays(57)))
                .singleElement().extracting(DueFollowUp::visit).isEqualTo("3 months");
    }

    @Test
    void aFollowUpInsideTheWindowTakesTheVisitOffTheList() {
        assertThat(FollowUpWorklist.due(List.of(treated().followUp(30, 3).row()), STANDARD, DAY.plusDays(40))).isEmpty();
        assertThat(FollowUpWorklist.due(List.of(treated().followUp(5, 3).row()), STANDARD, DAY.plusDays(40)))
                .as("a follow-up before the window does not count for it").hasSize(1);
    }

    @Test
    void closedCasesAndPatientsKnownDeadAreNotFollowedUp() {
        List<ProcedureRow> rows = List.of(treated().closedOn(DAY.plusDays(20)).row(), treated().deadAt(20).row());

        assertThat(FollowUpWorklist.due(rows, STANDARD, DAY.plusDays(40))).isEmpty();
    }

    @Test
    void overdueVisitsComeFirstTheLongestOverdueFirst() {
        ProcedureRow dueSoon = treated().caseId("due").row();
        ProcedureRow littleLate = treated().caseId("little-late").on(DAY.minusDays(3)).row();
        ProcedureRow veryLate = treated().caseId("very-late").on(DAY.minusDays(20)).row();

        List<DueFollowUp> due = FollowUpWorklist.due(List.of(dueSoon, littleLate, veryLate), STANDARD, DAY.plusDays(27));

        assertThat(due).extracting(DueFollowUp::caseId).containsExactly("very-late", "little-late", "due");
    }

    private static Rows treated() {
        return Rows.cementoplasty().on(DAY);
    }
}
