package io.boneregistry.outcomes.worklist;

import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.outcomes.benchmark.Rows;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.boneregistry.outcomes.benchmark.Rows.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FollowUpWorklistTest {

    private static final FollowUpSchedule STANDARD = FollowUpSchedule.standard();

    @Test
    void aProcedureThirtyDaysAgoWithoutAFollowUpIsDueTwoDaysPastItsDay28VisitInsideTheWindow() {
        List<DueFollowUp> due = FollowUpWorklist.due(List.of(treated().caseId("c").row()), STANDARD, DAY.plusDays(30),
                Map.of("c", "P-0042"));

        assertThat(due).singleElement().satisfies(visit -> {
            assertThat(visit.visit()).isEqualTo("day 28");
            assertThat(visit.status()).isEqualTo(DueFollowUp.Status.DUE);
            assertThat(visit.daysLate()).isEqualTo(2);
            assertThat(visit.visitDate()).isEqualTo(DAY.plusDays(28));
            assertThat(visit.windowEnds()).isEqualTo(DAY.plusDays(56));
            assertThat(visit.patientPseudonym()).isEqualTo("P-0042");
        });
    }

    @Test
    void aVisitIsDueFromItsWindowsFirstDayToItsLastThenOverdueForThirtyDays() {
        assertThat(due(DAY.plusDays(6))).isEmpty();
        assertThat(due(DAY.plusDays(7))).singleElement().extracting(DueFollowUp::status).isEqualTo(DueFollowUp.Status.DUE);
        assertThat(due(DAY.plusDays(56))).singleElement().extracting(DueFollowUp::status).isEqualTo(DueFollowUp.Status.DUE);
        assertThat(due(DAY.plusDays(57))).extracting(DueFollowUp::visit, DueFollowUp::status).containsExactly(
                tuple("day 28", DueFollowUp.Status.OVERDUE), tuple("3 months", DueFollowUp.Status.DUE));
        assertThat(due(DAY.plusDays(56 + FollowUpWorklist.OVERDUE_SHOWN_DAYS + 1)))
                .singleElement().extracting(DueFollowUp::visit).isEqualTo("3 months");
    }

    @Test
    void aFollowUpInsideTheWindowTakesTheVisitOffTheList() {
        assertThat(FollowUpWorklist.due(List.of(treated().followUp(30, 3).row()), STANDARD, DAY.plusDays(40), Map.of())).isEmpty();
        assertThat(FollowUpWorklist.due(List.of(treated().followUp(5, 3).row()), STANDARD, DAY.plusDays(40), Map.of()))
                .as("a follow-up before the window does not count for it").hasSize(1);
    }

    @Test
    void closedCasesAndPatientsKnownDeadAreNotFollowedUp() {
        List<ProcedureRow> rows = List.of(treated().closedOn(DAY.plusDays(20)).row(), treated().deadAt(20).row());

        assertThat(FollowUpWorklist.due(rows, STANDARD, DAY.plusDays(40), Map.of())).isEmpty();
    }

    @Test
    void overdueVisitsComeFirstTheLongestOverdueFirst() {
        ProcedureRow dueSoon = treated().caseId("due").row();
        ProcedureRow littleLate = treated().caseId("little-late").on(DAY.minusDays(32)).row();
        ProcedureRow veryLate = treated().caseId("very-late").on(DAY.minusDays(45)).row();

        List<DueFollowUp> due = FollowUpWorklist.due(List.of(dueSoon, littleLate, veryLate), STANDARD, DAY.plusDays(27), Map.of());

        assertThat(due).extracting(DueFollowUp::caseId, DueFollowUp::status).containsExactly(
                tuple("very-late", DueFollowUp.Status.OVERDUE), tuple("little-late", DueFollowUp.Status.OVERDUE),
                tuple("due", DueFollowUp.Status.DUE), tuple("very-late", DueFollowUp.Status.DUE), tuple("little-late", DueFollowUp.Status.DUE));
    }

    private static List<DueFollowUp> due(java.time.LocalDate today) {
        return FollowUpWorklist.due(List.of(treated().row()), STANDARD, today, Map.of());
    }

    private static Rows treated() {
        return Rows.cementoplasty().on(DAY);
    }
}
