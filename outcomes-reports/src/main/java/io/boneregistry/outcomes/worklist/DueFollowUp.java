package io.boneregistry.outcomes.worklist;

import java.time.LocalDate;

/**
 * A follow-up visit to record now: due from its window's first day to its own day, overdue after it
 * until the window closes. {@code daysLate} is how far past the visit's day (negative: still ahead).
 */
public record DueFollowUp(String caseId, String procedureId, String centreId, LocalDate performedOn, String visit,
                          LocalDate visitDate, LocalDate windowEnds, Status status, int daysLate) {

    public enum Status { OVERDUE, DUE }
}
