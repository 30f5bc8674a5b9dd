package io.boneregistry.core.cases;

import io.boneregistry.api.enteredinerror.MarkEnteredInError;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.othertreatment.OtherTreatment;
import io.boneregistry.api.othertreatment.RecordOtherTreatment;
import io.boneregistry.api.assessment.AmendAssessment;
import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.RecordAssessment;
import io.boneregistry.api.biopsy.BiopsyDecision;
import io.boneregistry.api.biopsy.BiopsyResult;
import io.boneregistry.api.biopsy.DecideBiopsy;
import io.boneregistry.api.biopsy.RecordBiopsy;
import io.boneregistry.api.checks.CompletePreProcedureChecks;
import io.boneregistry.api.checks.PreProcedureChecks;
import io.boneregistry.api.closure.Closure;
import io.boneregistry.api.closure.CloseCase;
import io.boneregistry.api.complication.Complication;
import io.boneregistry.api.complication.RecordComplication;
import io.boneregistry.api.followup.FollowUp;
import io.boneregistry.api.followup.RecordFollowUp;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.RecordProcedure;
import io.boneregistry.api.registration.RegisterCase;
import io.boneregistry.api.treatment.DecideTreatment;
import io.boneregistry.api.treatment.TreatmentDecision;

import static io.boneregistry.api.fixtures.CaseFixture.normalChecks;
import static io.boneregistry.api.fixtures.CaseFixture.registration;

/** The commands of a case's story, for one case, told in the order a clinician would. */
final class CaseCommands {

    static final String CASE = "case-1";
    static final String PROCEDURE = "procedure-1";
    static final String CHECKS = "checks-1";

    private CaseCommands() {
    }

    static RegisterCase register() {
        return new RegisterCase(CASE, registration(), null);
    }

    static RecordAssessment assess(Assessment assessment) {
        return new RecordAssessment(CASE, assessment, null);
    }

    static AmendAssessment amend(Assessment assessment, String reason) {
        return new AmendAssessment(CASE, assessment, reason, null);
    }

    static DecideBiopsy decideBiopsy(BiopsyDecision decision) {
        return new DecideBiopsy(CASE, decision, null);
    }

    static RecordBiopsy biopsy(BiopsyResult result) {
        return new RecordBiopsy(CASE, result, null);
    }

    static DecideTreatment decide(TreatmentDecision decision) {
        return new DecideTreatment(CASE, decision, null);
    }

    static CompletePreProcedureChecks check(PreProcedureChecks checks) {
        return check(CHECKS, checks);
    }

    static CompletePreProcedureChecks check(String checksId, PreProcedureChecks checks) {
        return new CompletePreProcedureChecks(CASE, checksId, checks, null);
    }

    static CompletePreProcedureChecks normallyChecked() {
        return check(normalChecks());
    }

    static RecordProcedure perform(Procedure procedure) {
        return perform(PROCEDURE, procedure);
    }

    static RecordProcedure perform(String procedureId, Procedure procedure) {
        return new RecordProcedure(CASE, procedureId, procedure, null);
    }

    static RecordComplication complication(String complicationId, Complication complication) {
        return new RecordComplication(CASE, PROCEDURE, complicationId, complication, null);
    }

    static RecordFollowUp followUp(String followUpId, FollowUp followUp) {
        return new RecordFollowUp(CASE, followUpId, followUp, null);
    }

    static RecordOtherTreatment otherTreatment(String treatmentId, OtherTreatment treatment) {
        return new RecordOtherTreatment(CASE, treatmentId, treatment, null);
    }

    static CloseCase close(Closure closure) {
        return new CloseCase(CASE, closure, null);
    }

    static MarkEnteredInError markInError(EntryRef entry, String reason) {
        return new MarkEnteredInError(CASE, entry, reason);
    }

    static MarkEnteredInError markCaseInError(String reason) {
        return markInError(EntryRef.single(EntryKind.REGISTRATION), reason);
    }
}
