package io.boneregistry.core.cases;

import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.assessment.VertebralLevel;
import io.boneregistry.api.checks.PreProcedureChecks;
import io.boneregistry.api.followup.Imaging;
import io.boneregistry.api.othertreatment.OtherTreatment;
import io.boneregistry.api.procedure.TechniqueStep;
import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.Lesion;
import io.boneregistry.api.biopsy.BiopsyResult;
import io.boneregistry.api.closure.Closure;
import io.boneregistry.api.complication.Complication;
import io.boneregistry.api.followup.FollowUp;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.refusal.InvalidEntryException;
import io.boneregistry.api.registration.Registration;
import io.boneregistry.core.record.CaseRecord;

import java.time.LocalDate;

/**
 * The hard errors of docs/design.md#the-case-and-its-events that no field constraint can see: an entry impossible in itself
 * or against the case's own record. Each names the field of the entry at fault.
 */
final class RecordConsistency {

    private RecordConsistency() {
    }

    static void registration(Registration registration) {
        if (registration.birthYear() > registration.referralDate().getYear()) {
            throw new InvalidEntryException("birthYear", "must not be after the year of referral");
        }
    }

    static void assessment(Assessment assessment) {
        levelOfSite(assessment.lesion().site(), assessment.lesion().level(), "lesion.level");
    }

    /** A level belongs to a mobile-spine vertebra, and to the site it is named with. */
    private static void levelOfSite(LesionSite site, VertebralLevel level, String field) {
        if (level == null) return;
        if (!site.vertebral()) {
            throw new InvalidEntryException(field, "only a cervical, thoracic or lumbar vertebra has a level");
        }
        if (level.site() != site) {
            throw new InvalidEntryException(field, level + " is not a level of " + site);
        }
    }

    static void biopsy(BiopsyResult biopsy) {
        if (biopsy.conclusive() && biopsy.histology() == null) {
            throw new InvalidEntryException("histology", "a conclusive biopsy names its histology");
        }
    }

    static void procedure(CaseRecord record, String procedureId, Procedure procedure) {
        for (int i = 0; i < procedure.steps().size(); i++) {
            TechniqueStep step = procedure.steps().get(i);
            levelOfSite(step.treatedSite(record.lesion()), step.level(), "steps[" + i + "].level");
        }
        LocalDate day = procedure.performedOn();
        LocalDate decided = record.treatmentDecision().decidedOn();
        if (day.isBefore(decided)) {
            throw new InvalidEntryException("performedOn", "must not precede the treatment decision of " + decided);
        }
        record.followUps().values().stream()
                .filter(followUp -> followUp.procedureId().equals(procedureId))
                .filter(followUp -> followUp.assessedOn().isBefore(day)).findFirst()
                .ifPresent(followUp -> {
                    throw new InvalidEntryException("performedOn", "must not follow its follow-up of " + followUp.assessedOn());
                });
        record.complications().values().stream()
                .filter(entry -> entry.procedureId().equals(procedureId))
                .filter(entry -> entry.complication().onset().isBefore(day)).findFirst()
                .ifPresent(entry -> {
                    throw new InvalidEntryException("performedOn", "must not follow its complication of " + entry.complication().onset());
                });
    }

    static void complication(Procedure procedure, Complication complication) {
        if (complication.onset().isBefore(procedure.performedOn())) {
            throw new InvalidEntryException("onset", "must not precede its procedure of " + procedure.performedOn());
        }
        if (complication.followsStep() != null && complication.followsStep() > procedure.steps().size()) {
            throw new InvalidEntryException("followsStep", "the procedure has " + procedure.steps().size() + " technique step(s)");
        }
        ComplicationTimingPolicy.check(procedure.performedOn(), complication);
        ComplicationResolutionPolicy.check(complication);
    }

    static void followUp(Procedure procedure, FollowUp followUp) {
        if (followUp.assessedOn().isBefore(procedure.performedOn())) {
            throw new InvalidEntryException("assessedOn", "must not precede its procedure of " + procedure.performedOn());
        }
        Imaging imaging = followUp.imaging();
        if (imaging == null) return;
        if (imaging.performedOn().isBefore(procedure.performedOn())) {
            throw new InvalidEntryException("imaging.performedOn", "must not precede its procedure of " + procedure.performedOn());
        }
        Boolean found = imaging.finding().recurrence();
        if (found != null && followUp.localRecurrence() != null && !found.equals(followUp.localRecurrence())) {
            throw new InvalidEntryException("localRecurrence", "the imaging finding " + imaging.finding() + " says "
                    + (found ? "a local recurrence" : "no local recurrence"));
        }
    }

    static void otherTreatment(CaseRecord record, OtherTreatment treatment) {
        LocalDate assessed = record.assessment().assessedOn();
        if (treatment.startedOn().isBefore(assessed)) {
            throw new InvalidEntryException("startedOn", "must not precede the assessment of " + assessed
                    + " (earlier treatments are the assessment's previous treatments)");
        }
    }

    static void checks(PreProcedureChecks checks) {
        if (checks.consentedOn() != null && !Boolean.TRUE.equals(checks.writtenConsent())) {
            throw new InvalidEntryException("consentedOn", "a consent date needs the written consent recorded");
        }
    }

    static void closure(CaseRecord record, Closure closure) {
        LocalDate referral = record.registration().referralDate();
        if (closure.closedOn().isBefore(referral)) {
            throw new InvalidEntryException("closedOn", "must not precede the referral of " + referral);
        }
    }

    static void reasonEnteredInError(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidEntryException("reason", "say why it was entered in error");
        }
    }

    static void reasonForChange(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidEntryException("reasonForChange", "an amendment needs a reason for change");
        }
    }
}
