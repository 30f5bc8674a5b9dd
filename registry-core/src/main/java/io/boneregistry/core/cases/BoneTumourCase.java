package io.boneregistry.core.cases;

import io.boneregistry.api.othertreatment.AmendOtherTreatment;
import io.boneregistry.api.othertreatment.OtherTreatmentAmended;
import io.boneregistry.api.othertreatment.OtherTreatmentRecorded;
import io.boneregistry.api.othertreatment.RecordOtherTreatment;
import io.boneregistry.api.assessment.AmendAssessment;
import io.boneregistry.api.assessment.AssessmentAmended;
import io.boneregistry.api.assessment.AssessmentRecorded;
import io.boneregistry.api.assessment.RecordAssessment;
import io.boneregistry.api.biopsy.AmendBiopsy;
import io.boneregistry.api.biopsy.AmendBiopsyDecision;
import io.boneregistry.api.biopsy.BiopsyAmended;
import io.boneregistry.api.biopsy.BiopsyDecided;
import io.boneregistry.api.biopsy.BiopsyDecisionAmended;
import io.boneregistry.api.biopsy.BiopsyPerformed;
import io.boneregistry.api.biopsy.DecideBiopsy;
import io.boneregistry.api.biopsy.RecordBiopsy;
import io.boneregistry.api.checks.AmendPreProcedureChecks;
import io.boneregistry.api.checks.CompletePreProcedureChecks;
import io.boneregistry.api.checks.PreProcedureChecksAmended;
import io.boneregistry.api.checks.PreProcedureChecksCompleted;
import io.boneregistry.api.closure.CaseClosed;
import io.boneregistry.api.closure.CloseCase;
import io.boneregistry.api.complication.AmendComplication;
import io.boneregistry.api.complication.ComplicationAmended;
import io.boneregistry.api.complication.ComplicationRecorded;
import io.boneregistry.api.complication.RecordComplication;
import io.boneregistry.api.enteredinerror.EnteredInError;
import io.boneregistry.api.enteredinerror.MarkEnteredInError;
import io.boneregistry.api.erasure.ErasePersonalData;
import io.boneregistry.api.erasure.PersonalDataErased;
import io.boneregistry.api.followup.AmendFollowUp;
import io.boneregistry.api.followup.FollowUpAmended;
import io.boneregistry.api.followup.FollowUpRecorded;
import io.boneregistry.api.followup.RecordFollowUp;
import io.boneregistry.api.guideline.Advice;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.guideline.ReEvaluateGuideline;
import io.boneregistry.api.procedure.AmendProcedure;
import io.boneregistry.api.procedure.ProcedureAmended;
import io.boneregistry.api.procedure.ProcedurePerformed;
import io.boneregistry.api.procedure.RecordProcedure;
import io.boneregistry.api.refusal.PathwayConflictException;
import io.boneregistry.api.registration.CaseRegistered;
import io.boneregistry.api.registration.RegisterCase;
import io.boneregistry.api.treatment.AmendTreatmentDecision;
import io.boneregistry.api.treatment.DecideTreatment;
import io.boneregistry.api.treatment.TreatmentDecided;
import io.boneregistry.api.treatment.TreatmentDecisionAmended;
import io.boneregistry.core.record.ChecksEntry;
import io.boneregistry.core.record.ComplicationEntry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One patient's index lesion on its way through the pathway. It refuses what cannot be (out of
 * order, unknown entries, impossible dates, anything on a closed case), records each entry with
 * the guideline's evaluation of it, and re-records the evaluation of any earlier entry that the
 * new content changes. A retry of an entry with identical content records nothing and answers as
 * the first time.
 */
public class BoneTumourCase extends BoneTumourCaseState {

    protected BoneTumourCase() {
    }

    @CommandHandlerInterceptor
    void onlyWritersOfTheCaseCentre(CommandMessage<?> command) {
        CaseWritersPolicy.onlyWritersOfTheCaseCentre(command, caseId, record == null ? null : record.registration().centreId());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Advice handle(RegisterCase command) {
        if (record != null) {
            return retried(REGISTRATION, record.registration(), command.registration(),
                    () -> PathwayConflictException.idReused("case", command.caseId()));
        }
        RecordConsistency.registration(command.registration());
        apply(new CaseRegistered(command.caseId(), command.registration()));
        return evaluated(REGISTRATION, command.justification());
    }

    /** Closed and erased cases too: it is the registry's judgement that changed, not the clinical record. A case entered in error is judged no more. */
    @CommandHandler
    public int handle(ReEvaluateGuideline command) {
        if (enteredInError) return 0;
        return recordEvaluations(GUIDELINE.evaluateAll(record), null, null);
    }

    /**
     * An entry, or the whole case, entered in error: kept in the history, withdrawn from the guideline's
     * judgement (the rest of the case is judged again without it). The same mark sent again answers as
     * the first time; another reason for it is refused.
     */
    @CommandHandler
    public Advice handle(MarkEnteredInError command) {
        String marked = inError.get(command.entry());
        if (marked != null) {
            if (marked.equals(command.reason())) return new Advice(List.of());
            throw new PathwayConflictException("already marked entered in error, for another reason");
        }
        if (enteredInError) throw PathwayConflictException.enteredInError();
        EnteredInErrorPolicy.onlyEntriesOnRecordMayBeMarked(record, command);
        RecordConsistency.reasonEnteredInError(command.reason());
        apply(new EnteredInError(caseId, command.entry(), command.reason()));
        withdrawEvaluations(command.wholeCase() ? evaluatedEntries() : List.of(command.entry()));
        if (!command.wholeCase()) recordEvaluations(GUIDELINE.evaluateAll(record), null, null);
        return new Advice(List.of());
    }

    @CommandHandler
    public Advice handle(RecordAssessment command) {
        return firstWrite(ASSESSMENT, record.assessment(), command.assessment(),
                () -> PathwayConflictException.alreadyRecorded("the assessment"), command.justification(), () -> {
                    RecordConsistency.assessment(command.assessment());
                    apply(new AssessmentRecorded(caseId, command.assessment()));
                });
    }

    @CommandHandler
    public Advice handle(AmendAssessment command) {
        return amendment(ASSESSMENT, "assessment", record.assessment(), command.assessment(), command, command.justification(), () -> {
            RecordConsistency.assessment(command.assessment());
            apply(new AssessmentAmended(caseId, command.assessment(), command.reasonForChange()));
        });
    }

    @CommandHandler
    public Advice handle(DecideBiopsy command) {
        return firstWrite(BIOPSY_DECISION, record.biopsyDecision(), command.decision(),
                () -> PathwayConflictException.alreadyRecorded("the biopsy decision"), command.justification(), () -> {
                    requireAssessed("a biopsy decision");
                    apply(new BiopsyDecided(caseId, command.decision()));
                });
    }

    @CommandHandler
    public Advice handle(AmendBiopsyDecision command) {
        return amendment(BIOPSY_DECISION, "biopsy decision", record.biopsyDecision(), command.decision(), command, command.justification(),
                () -> apply(new BiopsyDecisionAmended(caseId, command.decision(), command.reasonForChange())));
    }

    @CommandHandler
    public Advice handle(RecordBiopsy command) {
        return firstWrite(BIOPSY, record.biopsy(), command.biopsy(),
                () -> PathwayConflictException.alreadyRecorded("the biopsy"), command.justification(), () -> {
                    requireAssessed("a biopsy");
                    RecordConsistency.biopsy(command.biopsy());
                    apply(new BiopsyPerformed(caseId, command.biopsy()));
                });
    }

    @CommandHandler
    public Advice handle(AmendBiopsy command) {
        return amendment(BIOPSY, "biopsy", record.biopsy(), command.biopsy(), command, command.justification(), () -> {
            RecordConsistency.biopsy(command.biopsy());
            apply(new BiopsyAmended(caseId, command.biopsy(), command.reasonForChange()));
        });
    }

    @CommandHandler
    public Advice handle(DecideTreatment command) {
        return firstWrite(TREATMENT_DECISION, record.treatmentDecision(), command.decision(),
                () -> PathwayConflictException.alreadyRecorded("the treatment decision"), command.justification(), () -> {
                    requireAssessed("a treatment decision");
                    apply(new TreatmentDecided(caseId, command.decision()));
                });
    }

    @CommandHandler
    public Advice handle(AmendTreatmentDecision command) {
        return amendment(TREATMENT_DECISION, "treatment decision", record.treatmentDecision(), command.decision(), command,
                command.justification(), () -> apply(new TreatmentDecisionAmended(caseId, command.decision(), command.reasonForChange())));
    }

    /** Checks are repeated before each procedure; the same checks sent again answer as the latest ones. */
    @CommandHandler
    public Advice handle(CompletePreProcedureChecks command) {
        EntryRef entry = EntryRef.of(EntryKind.PRE_PROCEDURE_CHECKS, command.checksId());
        ChecksEntry latest = record.latestChecks().orElse(null);
        if (record.checks(command.checksId()) == null && latest != null && latest.checks().equals(command.checks())) {
            return adviceOn(EntryRef.of(EntryKind.PRE_PROCEDURE_CHECKS, latest.checksId()));
        }
        return firstWrite(entry, record.checks(command.checksId()), command.checks(),
                () -> PathwayConflictException.idReused("pre-procedure checks", command.checksId()), command.justification(), () -> {
                    requireAssessed("pre-procedure checks");
                    RecordConsistency.checks(command.checks());
                    apply(new PreProcedureChecksCompleted(caseId, command.checksId(), command.checks()));
                });
    }

    @CommandHandler
    public Advice handle(AmendPreProcedureChecks command) {
        ChecksEntry latest = record.latestChecks().orElse(null);
        EntryRef entry = latest == null ? null : EntryRef.of(EntryKind.PRE_PROCEDURE_CHECKS, latest.checksId());
        return amendment(entry, "pre-procedure checks", latest == null ? null : latest.checks(), command.checks(), command, command.justification(),
                () -> {
                    RecordConsistency.checks(command.checks());
                    apply(new PreProcedureChecksAmended(caseId, latest.checksId(), command.checks(), command.reasonForChange()));
                });
    }

    @CommandHandler
    public Advice handle(RecordProcedure command) {
        return firstWrite(EntryRef.of(EntryKind.PROCEDURE, command.procedureId()), record.procedure(command.procedureId()), command.procedure(),
                () -> PathwayConflictException.idReused("procedure", command.procedureId()), command.justification(), () -> {
                    if (record.treatmentDecision() == null) throw PathwayConflictException.outOfOrder("a procedure", "a treatment decision");
                    RecordConsistency.procedure(record, command.procedureId(), command.procedure());
                    apply(new ProcedurePerformed(caseId, command.procedureId(), command.procedure()));
                });
    }

    @CommandHandler
    public Advice handle(AmendProcedure command) {
        return amendment(EntryRef.of(EntryKind.PROCEDURE, command.procedureId()), "procedure " + command.procedureId(),
                record.procedure(command.procedureId()), command.procedure(), command, command.justification(), () -> {
                    RecordConsistency.procedure(record, command.procedureId(), command.procedure());
                    apply(new ProcedureAmended(caseId, command.procedureId(), command.procedure(), command.reasonForChange()));
                });
    }

    @CommandHandler
    public Advice handle(RecordComplication command) {
        return firstWrite(EntryRef.of(EntryKind.COMPLICATION, command.complicationId()), record.complications().get(command.complicationId()),
                new ComplicationEntry(command.procedureId(), command.complication()),
                () -> PathwayConflictException.idReused("complication", command.complicationId()), command.justification(), () -> {
                    RecordConsistency.complication(existingProcedure(command.procedureId()), command.complication());
                    apply(new ComplicationRecorded(caseId, command.procedureId(), command.complicationId(), command.complication()));
                });
    }

    /** A complication is amended under the procedure it was recorded with. */
    @CommandHandler
    public Advice handle(AmendComplication command) {
        ComplicationEntry recorded = record.complications().get(command.complicationId());
        if (recorded != null && !recorded.procedureId().equals(command.procedureId())) recorded = null;
        return amendment(EntryRef.of(EntryKind.COMPLICATION, command.complicationId()), "complication " + command.complicationId(), recorded,
                new ComplicationEntry(command.procedureId(), command.complication()), command, command.justification(), () -> {
                    RecordConsistency.complication(existingProcedure(command.procedureId()), command.complication());
                    apply(new ComplicationAmended(caseId, command.procedureId(), command.complicationId(), command.complication(),
                            command.reasonForChange()));
                });
    }

    @CommandHandler
    public Advice handle(RecordFollowUp command) {
        return firstWrite(EntryRef.of(EntryKind.FOLLOW_UP, command.followUpId()), record.followUps().get(command.followUpId()), command.followUp(),
                () -> PathwayConflictException.idReused("follow-up", command.followUpId()), command.justification(), () -> {
                    RecordConsistency.followUp(existingProcedure(command.followUp().procedureId()), command.followUp());
                    apply(new FollowUpRecorded(caseId, command.followUpId(), command.followUp()));
                });
    }

    @CommandHandler
    public Advice handle(AmendFollowUp command) {
        return amendment(EntryRef.of(EntryKind.FOLLOW_UP, command.followUpId()), "follow-up " + command.followUpId(),
                record.followUps().get(command.followUpId()), command.followUp(), command, command.justification(), () -> {
                    RecordConsistency.followUp(existingProcedure(command.followUp().procedureId()), command.followUp());
                    apply(new FollowUpAmended(caseId, command.followUpId(), command.followUp(), command.reasonForChange()));
                });
    }

    /** Another treatment (radiotherapy, systemic, surgery, re-treatment) may be logged any time after the assessment. */
    @CommandHandler
    public Advice handle(RecordOtherTreatment command) {
        return firstWrite(EntryRef.of(EntryKind.OTHER_TREATMENT, command.treatmentId()), record.otherTreatments().get(command.treatmentId()),
                command.otherTreatment(), () -> PathwayConflictException.idReused("other treatment", command.treatmentId()), command.justification(), () -> {
                    requireAssessed("another treatment");
                    RecordConsistency.otherTreatment(record, command.otherTreatment());
                    apply(new OtherTreatmentRecorded(caseId, command.treatmentId(), command.otherTreatment()));
                });
    }

    @CommandHandler
    public Advice handle(AmendOtherTreatment command) {
        return amendment(EntryRef.of(EntryKind.OTHER_TREATMENT, command.treatmentId()), "other treatment " + command.treatmentId(),
                record.otherTreatments().get(command.treatmentId()), command.otherTreatment(), command, command.justification(), () -> {
                    RecordConsistency.otherTreatment(record, command.otherTreatment());
                    apply(new OtherTreatmentAmended(caseId, command.treatmentId(), command.otherTreatment(), command.reasonForChange()));
                });
    }

    @CommandHandler
    public Advice handle(CloseCase command) {
        if (record.closed()) return retried(CLOSURE, record.closure(), command.closure(), PathwayConflictException::closed);
        RecordConsistency.closure(record, command.closure());
        apply(new CaseClosed(caseId, command.closure()));
        return evaluated(CLOSURE, command.justification());
    }

    /** Erasure is allowed at any stage, closed cases included, and once. */
    @CommandHandler
    public void handle(ErasePersonalData command) {
        if (personalDataErased) throw new PathwayConflictException("the personal data of this case are already erased");
        apply(new PersonalDataErased(caseId, command.reason()));
    }
}
