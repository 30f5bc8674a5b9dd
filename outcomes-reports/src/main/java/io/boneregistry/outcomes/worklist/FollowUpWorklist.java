package io.boneregistry.outcomes.worklist;

import io.boneregistry.api.analysis.FollowUpRow;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.followup.VitalStatus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The follow-ups to record today: for every procedure of a case still open and of a patient not
 * known to have died, each visit of the schedule whose window is open today and holds no follow-up
 * of that procedure yet (due, however late in its window), and each whose window closed in the last
 * {@value #OVERDUE_SHOWN_DAYS} days without one (overdue: the visit was missed, or is still to be
 * logged). Overdue visits first, the longest overdue first; then due ones, soonest first.
 */
public final class FollowUpWorklist {

    /** How long after its window closed a visit with no follow-up stays on the worklist as overdue. */
    public static final int OVERDUE_SHOWN_DAYS = 30;

    private FollowUpWorklist() {
    }

    /** {@code pseudonyms}: each case's patient pseudonym, by case id, as the case list has it. */
    public static List<DueFollowUp> due(List<ProcedureRow> procedures, FollowUpSchedule schedule, LocalDate today,
                                        Map<String, String> pseudonyms) {
        List<DueFollowUp> due = new ArrayList<>();
        for (ProcedureRow procedure : procedures) {
            if (procedure.closedOn() != null || procedure.performedOn() == null || died(procedure)) continue;
            int day = (int) ChronoUnit.DAYS.between(procedure.performedOn(), today);
            for (FollowUpSchedule.Visit visit : schedule.visits()) {
                boolean open = day >= visit.from() && day <= visit.to();
                boolean lately = day > visit.to() && day <= visit.to() + OVERDUE_SHOWN_DAYS;
                if (!open && !lately || seenWithin(procedure, visit)) continue;
                due.add(new DueFollowUp(procedure.caseId(), procedure.procedureId(), procedure.centreId(),
                        pseudonyms.get(procedure.caseId()), procedure.birthYear(), procedure.sex(), procedure.performedOn(),
                        visit.name(), procedure.performedOn().plusDays(visit.day()), procedure.performedOn().plusDays(visit.to()),
                        open ? DueFollowUp.Status.DUE : DueFollowUp.Status.OVERDUE, day - visit.day()));
            }
        }
        due.sort(Comparator.comparing(DueFollowUp::status).thenComparing(DueFollowUp::daysLate, Comparator.reverseOrder())
                .thenComparing(DueFollowUp::caseId));
        return due;
    }

    private static boolean seenWithin(ProcedureRow procedure, FollowUpSchedule.Visit visit) {
        return procedure.followUps().stream().anyMatch(followUp -> followUp.day() >= visit.from() && followUp.day() <= visit.to());
    }

    private static boolean died(ProcedureRow procedure) {
        return procedure.followUps().stream().map(FollowUpRow::vitalStatus).anyMatch(VitalStatus.DEAD::equals);
    }
}
