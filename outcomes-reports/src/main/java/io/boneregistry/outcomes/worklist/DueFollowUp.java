package io.boneregistry.outcomes.worklist;

import io.boneregistry.api.registration.Sex;

import java.time.LocalDate;

/**
 * A follow-up visit to record: due while its window is open ({@code daysLate}, how far past the
 * visit's own day, is negative while still ahead), overdue once the window has closed with no
 * follow-up, for {@link FollowUpWorklist#OVERDUE_SHOWN_DAYS} days after. The patient is named as the
 * case list names them: the centre's pseudonym, birth year and sex.
 */
public record DueFollowUp(String caseId, String procedureId, String centreId, String patientPseudonym, Integer birthYear, Sex sex,
                          LocalDate performedOn, String visit, LocalDate visitDate, LocalDate windowEnds, Status status, int daysLate) {

    public enum Status { OVERDUE, DUE }
}
