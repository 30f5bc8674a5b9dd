package io.boneregistry.core.cases;

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
import io.boneregistry.api.checks.PreProcedureChecks;
import io.boneregistry.api.checks.PreProcedureChecksAmended;
import io.boneregistry.api.checks.PreProcedureChecksCompleted;
import io.boneregistry.api.closure.CaseClosed;
import io.boneregistry.api.closure.CloseCase;
import io.boneregistry.api.complication.AmendComplication;
import io.boneregistry.api.complication.ComplicationAmended;
import io.boneregistry.api.complication.ComplicationRecorded;
import io.boneregistry.api.complication.RecordComplication;
import io.boneregistry.api.erasure.ErasePersonalData;
import io.boneregistry.api.erasure.PersonalDataErased;
import io.boneregistry.api.followup.AmendFollowUp;
import io.boneregistry.api.followup.FollowUp;
import io.boneregistry.api.followup.FollowUpAmended;
import io.boneregistry.api.followup.FollowUpRecorded;
import io.boneregistry.api.followup.RecordFollowUp;
import io.boneregistry.api.guideline.Advice;
import io.boneregistry.api.guideline.CaseAdvice;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.guideline.GuidelineEvaluated;
import io.boneregistry.api.guideline.ReEvaluateGuideline;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.AmendProcedure;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.ProcedureAmended;
import io.boneregistry.api.procedure.ProcedurePerformed;
import io.boneregistry.api.procedure.RecordProcedure;
import io.boneregistry.api.refusal.PathwayConflictException;
import io.boneregistry.api.refusal.UnknownEntryException;
import io.boneregistry.api.registration.CaseRegistered;
import io.boneregistry.api.registration.RegisterCase;
import io.boneregistry.api.treatment.AmendTreatmentDecision;
import io.boneregistry.api.treatment.DecideTreatment;
import io.boneregistry.api.treatment.TreatmentDecided;
import io.boneregistry.api.treatment.TreatmentDecisionAmended;
import io.boneregistry.core.guideline.Guideline;
import io.boneregistry.core.record.CaseRecord;
import io.boneregistry.core.record.ChecksEntry;
import io.boneregistry.core.record.ComplicationEntry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One patient's index lesion on its way through the pathway. It refuses what cannot be (out of
 * order, unknown entries, impossible dates, anything on a closed case), records each entry with
 * the guideline's evaluation of it, and re-records the evaluation of any earlier entry that the
 * new content changes. A retry of an entry with identical content records nothing and answers as
 * the first time.
 */
public class BoneTumourCase {

    private static final Guideline GUIDELINE = new Guideline();
    private static final EntryRef REGISTRATION = EntryRef.single(EntryKind.REGISTRATION);
    private static final EntryRef ASSESSMENT = EntryRef.single(EntryKind.ASSESSMENT);
    private static final EntryRef BIOPSY_DECISION = EntryRef.single(EntryKind.BIOPSY_DECISION);
    private static final EntryRef BIOPSY = EntryRef.single(EntryKind.BIOPSY);
    private static final EntryRef TREATMENT_DECISION = EntryRef.single(EntryKind.TREATMENT_DECISION);
    private static final EntryRef CLOSURE = EntryRef.single(EntryKind.CLOSURE);

    @AggregateIdentifier
    private String caseId;
    private CaseRecord record;
    private boolean personalDataErased;
    private final Map<EntryRef, GuidelineEvaluated> evaluations = new HashMap<>();

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

    /** Closed and erased cases too: it is the registry's judgement that changed, not the clinical record. */
    @CommandHandler
    public int handle(ReEvaluateGuideline command) {
        return recordEvaluations(GUIDELINE.evaluateAll(record), null, null);
    }

    @CommandHandler
    public Advice handle(RecordAssessment command) {
        if (record.assessment() != null) {
            return retried(ASSESSMENT, record.assessment(), command.assessment(), () -> PathwayConflictException.alreadyRecorded("the assessment"));
        }
        requireOpen();
        RecordConsistency.assessment(command.assessment());
        apply(new AssessmentRecorded(caseId, command.assessment()));
        return evaluated(ASSESSMENT, command.justification());
    }

    @CommandHandler
    public Advice handle(AmendAssessment command) {
        requireAmendable(record.assessment(), "assessment", command.reasonForChange());
        if (unchanged(ASSESSMENT, record.assessment(), command.assessment(), command.justification())) return adviceOn(ASSESSMENT);
        RecordConsistency.assessment(command.assessment());
        apply(new AssessmentAmended(caseId, command.assessment(), command.reasonForChange()));
        return evaluated(ASSESSMENT, command.justification());
    }

    @CommandHandler
    public Advice handle(DecideBiopsy command) {
        if (record.biopsyDecision() != null) {
            return retried(BIOPSY_DECISION, record.biopsyDecision(), command.decision(), () -> PathwayConflictException.alreadyRecorded("the biopsy decision"));
        }
        requireOpen();
        requireAssessed("a biopsy decision");
        apply(new BiopsyDecided(caseId, command.decision()));
        return evaluated(BIOPSY_DECISION, command.justification());
    }

    @CommandHandler
    public Advice handle(AmendBiopsyDecision command) {
        requireAmendable(record.biopsyDecision(), "biopsy decision", command.reasonForChange());
        if (unchanged(BIOPSY_DECISION, record.biopsyDecision(), command.decision(), command.justification())) return adviceOn(BIOPSY_DECISION);
        apply(new BiopsyDecisionAmended(caseId, command.decision(), command.reasonForChange()));
        return evaluated(BIOPSY_DECISION, command.justification());
    }

    @CommandHandler
    public Advice handle(RecordBiopsy command) {
        if (record.biopsy() != null) {
            return retried(BIOPSY, record.biopsy(), command.biopsy(), () -> PathwayConflictException.alreadyRecorded("the biopsy"));
        }
        requireOpen();
        requireAssessed("a biopsy");
        RecordConsistency.biopsy(command.biopsy());
        apply(new BiopsyPerformed(caseId, command.biopsy()));
        return evaluated(BIOPSY, command.justification());
    }

    @CommandHandler
    public Advice handle(AmendBiopsy command) {
        requireAmendable(record.biopsy(), "biopsy", command.reasonForChange());
        if (unchanged(BIOPSY, record.biopsy(), command.biopsy(), command.justification())) return adviceOn(BIOPSY);
        RecordConsistency.biopsy(command.biopsy());
        apply(new BiopsyAmended(caseId, command.biopsy(), command.reasonForChange()));
        return evaluated(BIOPSY, command.justification());
    }

    @CommandHandler
    public Advice handle(DecideTreatment command) {
        if (record.treatmentDecision() != null) {
            return retried(TREATMENT_DECISION, record.treatmentDecision(), command.decision(), () -> PathwayConflictException.alreadyRecorded("the treatment decision"));
        }
        requireOpen();
        requireAssessed("a treatment decision");
        apply(new TreatmentDecided(caseId, command.decision()));
        return evaluated(TREATMENT_DECISION, command.justification());
    }

    @CommandHandler
    public Advice handle(AmendTreatmentDecision command) {
        requireAmendable(record.treatmentDecision(), "treatment decision", command.reasonForChange());
        if (unchanged(TREATMENT_DECISION, record.treatmentDecision(), command.decision(), command.justification())) return adviceOn(TREATMENT_DECISION);
        apply(new TreatmentDecisionAmended(caseId, command.decision(), command.reasonForChange()));
        return evaluated(TREATMENT_DECISION, command.justification());
    }

    @CommandHandler
    public Advice handle(CompletePreProcedureChecks command) {
        EntryRef entry = EntryRef.of(EntryKind.PRE_PROCEDURE_CHECKS, command.checksId());
        PreProcedureChecks recorded = record.checks(command.checksId());
        if (recorded != null) {
            return retried(entry, recorded, command.checks(), () -> PathwayConflictException.idReused("pre-procedure checks", command.checksId()));
        }
        ChecksEntry latest = record.latestChecks().orElse(null);
        if (latest != null && latest.checks().equals(command.checks())) {
            return adviceOn(EntryRef.of(EntryKind.PRE_PROCEDURE_CHECKS, latest.checksId()));
        }
        requireOpen();
        requireAssessed("pre-procedure checks");
        apply(new PreProcedureChecksCompleted(caseId, command.checksId(), command.checks()));
        return evaluated(entry, command.justification());
    }

    @CommandHandler
    public Advice handle(AmendPreProcedureChecks command) {
        ChecksEntry latest = record.latestChecks().orElse(null);
        requireAmendable(latest, "pre-procedure checks", command.reasonForChange());
        EntryRef entry = EntryRef.of(EntryKind.PRE_PROCEDURE_CHECKS, latest.checksId());
        if (unchanged(entry, latest.checks(), command.checks(), command.justification())) return adviceOn(entry);
        apply(new PreProcedureChecksAmended(caseId, latest.checksId(), command.checks(), command.reasonForChange()));
        return evaluated(entry, command.justification());
    }

    @CommandHandler
    public Advice handle(RecordProcedure command) {
        EntryRef entry = EntryRef.of(EntryKind.PROCEDURE, command.procedureId());
        Procedure recorded = record.procedure(command.procedureId());
        if (recorded != null) {
            return retried(entry, recorded, command.procedure(), () -> PathwayConflictException.idReused("procedure", command.procedureId()));
        }
        requireOpen();
        if (record.treatmentDecision() == null) throw PathwayConflictException.outOfOrder("a procedure", "a treatment decision");
        RecordConsistency.procedure(record, command.procedureId(), command.procedure());
        apply(new ProcedurePerformed(caseId, command.procedureId(), command.procedure()));
        return evaluated(entry, command.justification());
    }

    @CommandHandler
    public Advice handle(AmendProcedure command) {
        EntryRef entry = EntryRef.of(EntryKind.PROCEDURE, command.procedureId());
        Procedure recorded = record.procedure(command.procedureId());
        requireAmendable(recorded, "procedure " + command.procedureId(), command.reasonForChange());
        if (unchanged(entry, recorded, command.procedure(), command.justification())) return adviceOn(entry);
        RecordConsistency.procedure(record, command.procedureId(), command.procedure());
        apply(new ProcedureAmended(caseId, command.procedureId(), command.procedure(), command.reasonForChange()));
        return evaluated(entry, command.justification());
    }

    @CommandHandler
    public Advice handle(RecordComplication command) {
        EntryRef entry = EntryRef.of(EntryKind.COMPLICATION, command.complicationId());
        ComplicationEntry sent = new ComplicationEntry(command.procedureId(), command.complication());
        ComplicationEntry recorded = record.complications().get(command.complicationId());
        if (recorded != null) {
            return retried(entry, recorded, sent, () -> PathwayConflictException.idReused("complication", command.complicationId()));
        }
        requireOpen();
        RecordConsistency.complication(existingProcedure(command.procedureId()), command.complication());
        apply(new ComplicationRecorded(caseId, command.procedureId(), command.complicationId(), command.complication()));
        return evaluated(entry, command.justification());
    }

    @CommandHandler
    public Advice handle(AmendComplication command) {
        EntryRef entry = EntryRef.of(EntryKind.COMPLICATION, command.complicationId());
        ComplicationEntry recorded = record.complications().get(command.complicationId());
        if (recorded != null && !recorded.procedureId().equals(command.procedureId())) recorded = null;
        requireAmendable(recorded, "complication " + command.complicationId(), command.reasonForChange());
        ComplicationEntry sent = new ComplicationEntry(command.procedureId(), command.complication());
        if (unchanged(entry, recorded, sent, command.justification())) return adviceOn(entry);
        RecordConsistency.complication(existingProcedure(command.procedureId()), command.complication());
        apply(new ComplicationAmended(caseId, command.procedureId(), command.complicationId(), command.complication(), command.reasonForChange()));
        return evaluated(entry, command.justification());
    }

    @CommandHandler
    public Advice handle(RecordFollowUp command) {
        EntryRef entry = EntryRef.of(EntryKind.FOLLOW_UP, command.followUpId());
        FollowUp recorded = record.followUps().get(command.followUpId());
        if (recorded != null) {
            return retried(entry, recorded, command.followUp(), () -> PathwayConflictException.idReused("follow-up", command.followUpId()));
        }
        requireOpen();
        RecordConsistency.followUp(existingProcedure(command.followUp().procedureId()), command.followUp());
        apply(new FollowUpRecorded(caseId, command.followUpId(), command.followUp()));
        return evaluated(entry, command.justification());
    }

    @CommandHandler
    public Advice handle(AmendFollowUp command) {
        EntryRef entry = EntryRef.of(EntryKind.FOLLOW_UP, command.followUpId());
        FollowUp recorded = record.followUps().get(command.followUpId());
        requireAmendable(recorded, "follow-up " + command.followUpId(), command.reasonForChange());
        if (unchanged(entry, recorded, command.followUp(), command.justification())) return adviceOn(entry);
        RecordConsistency.followUp(existingProcedure(command.followUp().procedureId()), command.followUp());
        apply(new FollowUpAmended(caseId, command.followUpId(), command.followUp(), command.reasonForChange()));
        return evaluated(entry, command.justification());
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

    private void requireOpen() {
        if (record.closed()) throw PathwayConflictException.closed();
    }

    private void requireAssessed(String entry) {
        if (record.assessment() == null) throw PathwayConflictException.outOfOrder(entry, "an assessment");
    }

    private void requireAmendable(Object recorded, String entry, String reasonForChange) {
        requireOpen();
        if (recorded == null) throw new UnknownEntryException(entry, null);
        RecordConsistency.reasonForChange(reasonForChange);
    }

    private Procedure existingProcedure(String procedureId) {
        Procedure procedure = record.procedure(procedureId);
        if (procedure == null) throw new UnknownEntryException("procedure", procedureId);
        return procedure;
    }

    private Advice retried(EntryRef entry, Object recorded, Object sent, Supplier<PathwayConflictException> conflict) {
        if (!recorded.equals(sent)) throw conflict.get();
        return adviceOn(entry);
    }

    private boolean unchanged(EntryRef entry, Object recorded, Object sent, String justification) {
        return recorded.equals(sent) && Objects.equals(evaluations.get(entry).justification(), justification);
    }

    private Advice adviceOn(EntryRef entry) {
        return new Advice(evaluations.get(entry).evaluations());
    }

    private Advice evaluated(EntryRef written, String justification) {
        Map<EntryRef, List<RuleEvaluation>> current = GUIDELINE.evaluateAll(record);
        recordEvaluations(current, written, justification);
        return new Advice(current.get(written));
    }

    /** The evaluation of the entry just written, and a new one of every other entry whose judgement changed; how many. */
    private int recordEvaluations(Map<EntryRef, List<RuleEvaluation>> current, EntryRef written, String justification) {
        CaseAdvice advice = GUIDELINE.advise(record);
        int recorded = 0;
        for (Map.Entry<EntryRef, List<RuleEvaluation>> evaluation : current.entrySet()) {
            EntryRef entry = evaluation.getKey();
            GuidelineEvaluated previous = evaluations.get(entry);
            boolean changed = previous != null && !previous.evaluations().equals(evaluation.getValue());
            if (!entry.equals(written) && !changed) continue;
            apply(new GuidelineEvaluated(caseId, entry, record.dateOf(entry), evaluation.getValue(),
                    entry.equals(written) ? justification : previous.justification(), advice));
            recorded++;
        }
        return recorded;
    }

    @EventSourcingHandler
    void on(CaseRegistered event) {
        caseId = event.caseId();
        record = CaseRecord.registered(event.caseId(), event.registration());
    }

    @EventSourcingHandler
    void on(AssessmentRecorded event) {
        record = record.withAssessment(event.assessment());
    }

    @EventSourcingHandler
    void on(AssessmentAmended event) {
        record = record.withAssessment(event.assessment());
    }

    @EventSourcingHandler
    void on(BiopsyDecided event) {
        record = record.withBiopsyDecision(event.decision());
    }

    @EventSourcingHandler
    void on(BiopsyDecisionAmended event) {
        record = record.withBiopsyDecision(event.decision());
    }

    @EventSourcingHandler
    void on(BiopsyPerformed event) {
        record = record.withBiopsy(event.biopsy());
    }

    @EventSourcingHandler
    void on(BiopsyAmended event) {
        record = record.withBiopsy(event.biopsy());
    }

    @EventSourcingHandler
    void on(TreatmentDecided event) {
        record = record.withTreatmentDecision(event.decision());
    }

    @EventSourcingHandler
    void on(TreatmentDecisionAmended event) {
        record = record.withTreatmentDecision(event.decision());
    }

    @EventSourcingHandler
    void on(PreProcedureChecksCompleted event) {
        record = record.withChecks(event.checksId(), event.checks());
    }

    @EventSourcingHandler
    void on(PreProcedureChecksAmended event) {
        record = record.withChecks(event.checksId(), event.checks());
    }

    @EventSourcingHandler
    void on(ProcedurePerformed event) {
        record = record.withProcedure(event.procedureId(), event.procedure());
    }

    @EventSourcingHandler
    void on(ProcedureAmended event) {
        record = record.withProcedure(event.procedureId(), event.procedure());
    }

    @EventSourcingHandler
    void on(ComplicationRecorded event) {
        record = record.withComplication(event.complicationId(), new ComplicationEntry(event.procedureId(), event.complication()));
    }

    @EventSourcingHandler
    void on(ComplicationAmended event) {
        record = record.withComplication(event.complicationId(), new ComplicationEntry(event.procedureId(), event.complication()));
    }

    @EventSourcingHandler
    void on(FollowUpRecorded event) {
        record = record.withFollowUp(event.followUpId(), event.followUp());
    }

    @EventSourcingHandler
    void on(FollowUpAmended event) {
        record = record.withFollowUp(event.followUpId(), event.followUp());
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        record = record.withClosure(event.closure());
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        personalDataErased = true;
    }

    @EventSourcingHandler
    void on(GuidelineEvaluated event) {
        evaluations.put(event.entry(), event);
    }
}
