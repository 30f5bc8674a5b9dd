package io.boneregistry.outcomes.worklist;

import io.boneregistry.api.analysis.FollowUpRow;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.followup.VitalStatus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The follow-ups to record today: for every procedure of a case still open and of a patient not
 * known to have died, each visit of the schedule whose window is open today and holds no follow-up
 * of that procedure yet. Overdue visits first, the longest overdue first; then due ones, soonest first.
 */
public final class FollowUpWorklist {

    private FollowUpWorklist() {
    }

    public static List<DueFollowUp> due(List<ProcedureRow> procedures, FollowUpSchedule schedule, LocalDate today) {
        List<DueFollowUp> due = new ArrayList<>();
        for (ProcedureRow procedure : procedures) {
            if (procedure.closedOn() != null || procedure.performedOn() == null || died(procedure)) continue;
            int day = (int) ChronoUnit.DAYS.between(procedure.performedOn(), today);
            for (FollowUpSchedule.Visit visit : schedule.visits()) {
                if (day < visit.from() || day > visit.to() || seenWithin(procedure, visit)) continue;
                due.add(new DueFollowUp(procedure.caseId(), procedure.procedureId(), procedure.centreId(), procedure.performedOn(),
                        visit.name(), procedure.performedOn().plusDays(visit.day()), procedure.performedOn().plusDays(visit.to()),
                        day > visit.day() ? DueFollowUp.Status.OVERDUE : DueFollowUp.Status.DUE, day - visit.day()));
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
