package io.boneregistry.core.cases;

import io.boneregistry.api.othertreatment.OtherTreatmentAmended;
import io.boneregistry.api.othertreatment.OtherTreatmentRecorded;
import io.boneregistry.api.assessment.AssessmentAmended;
import io.boneregistry.api.audit.Amendment;
import io.boneregistry.api.assessment.AssessmentRecorded;
import io.boneregistry.api.biopsy.BiopsyAmended;
import io.boneregistry.api.biopsy.BiopsyDecided;
import io.boneregistry.api.biopsy.BiopsyDecisionAmended;
import io.boneregistry.api.biopsy.BiopsyPerformed;
import io.boneregistry.api.checks.PreProcedureChecksAmended;
import io.boneregistry.api.checks.PreProcedureChecksCompleted;
import io.boneregistry.api.closure.CaseClosed;
import io.boneregistry.api.complication.ComplicationAmended;
import io.boneregistry.api.complication.ComplicationRecorded;
import io.boneregistry.api.enteredinerror.EnteredInError;
import io.boneregistry.api.erasure.PersonalDataErased;
import io.boneregistry.api.followup.FollowUpAmended;
import io.boneregistry.api.followup.FollowUpRecorded;
import io.boneregistry.api.guideline.Advice;
import io.boneregistry.api.guideline.CaseAdvice;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.guideline.GuidelineEvaluated;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.ProcedureAmended;
import io.boneregistry.api.procedure.ProcedurePerformed;
import io.boneregistry.api.refusal.PathwayConflictException;
import io.boneregistry.api.refusal.UnknownEntryException;
import io.boneregistry.api.registration.CaseRegistered;
import io.boneregistry.api.treatment.TreatmentDecided;
import io.boneregistry.api.treatment.TreatmentDecisionAmended;
import io.boneregistry.core.guideline.Guideline;
import io.boneregistry.core.record.CaseRecord;
import io.boneregistry.core.record.ComplicationEntry;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What a case has recorded so far and the guideline's latest evaluation of each entry, changed only
 * by its events; and the guards and guideline bookkeeping every command handler of
 * {@link BoneTumourCase} shares. Kept apart so the aggregate reads as the pathway's commands.
 */
abstract class BoneTumourCaseState {

    static final Guideline GUIDELINE = new Guideline();
    static final EntryRef REGISTRATION = EntryRef.single(EntryKind.REGISTRATION);
    static final EntryRef ASSESSMENT = EntryRef.single(EntryKind.ASSESSMENT);
    static final EntryRef BIOPSY_DECISION = EntryRef.single(EntryKind.BIOPSY_DECISION);
    static final EntryRef BIOPSY = EntryRef.single(EntryKind.BIOPSY);
    static final EntryRef TREATMENT_DECISION = EntryRef.single(EntryKind.TREATMENT_DECISION);
    static final EntryRef CLOSURE = EntryRef.single(EntryKind.CLOSURE);

    @AggregateIdentifier
    String caseId;
    CaseRecord record;
    boolean personalDataErased;
    boolean enteredInError;
    /** Entries marked entered in error, with the reason given: their ids are not used again. */
    final Map<EntryRef, String> inError = new HashMap<>();
    private final Map<EntryRef, GuidelineEvaluated> evaluations = new LinkedHashMap<>();

    /**
     * The first write of an entry: a retry with the same content records nothing and answers as the
     * first time, other content under the same id is refused; on an open case, {@code write} checks
     * the content and applies the entry's event, then the guideline judges it.
     */
    Advice firstWrite(EntryRef entry, Object recorded, Object sent, Supplier<PathwayConflictException> conflict, String justification,
                      Runnable write) {
        if (recorded != null) return retried(entry, recorded, sent, conflict);
        requireOpen();
        if (entry.entryId() != null && inError.containsKey(entry)) {
            throw PathwayConflictException.entryEnteredInError(entry.kind().name().toLowerCase().replace('_', ' ') + " " + entry.entryId());
        }
        write.run();
        return evaluated(entry, justification);
    }

    /**
     * An amendment of an entry recorded before, on an open case, with a reason for the change: nothing
     * is recorded when neither the content nor the justification changed; else {@code write} checks the
     * content and applies the amendment, then the guideline judges it.
     */
    Advice amendment(EntryRef entry, String name, Object recorded, Object sent, Amendment command, String justification, Runnable write) {
        requireAmendable(recorded, name, command.reasonForChange());
        if (unchanged(entry, recorded, sent, justification)) return adviceOn(entry);
        write.run();
        return evaluated(entry, justification);
    }

    void requireOpen() {
        if (enteredInError) throw PathwayConflictException.enteredInError();
        if (record.closed()) throw PathwayConflictException.closed();
    }

    void requireAssessed(String entry) {
        if (record.assessment() == null) throw PathwayConflictException.outOfOrder(entry, "an assessment");
    }

    void requireAmendable(Object recorded, String entry, String reasonForChange) {
        requireOpen();
        if (recorded == null) throw new UnknownEntryException(entry, null);
        RecordConsistency.reasonForChange(reasonForChange);
    }

    Procedure existingProcedure(String procedureId) {
        Procedure procedure = record.procedure(procedureId);
        if (procedure == null) throw new UnknownEntryException("procedure", procedureId);
        return procedure;
    }

    Advice retried(EntryRef entry, Object recorded, Object sent, Supplier<PathwayConflictException> conflict) {
        if (!recorded.equals(sent)) throw conflict.get();
        return adviceOn(entry);
    }

    boolean unchanged(EntryRef entry, Object recorded, Object sent, String justification) {
        return recorded.equals(sent) && Objects.equals(evaluations.get(entry).justification(), justification);
    }

    Advice adviceOn(EntryRef entry) {
        return new Advice(evaluations.get(entry).evaluations());
    }

    Advice evaluated(EntryRef written, String justification) {
        Map<EntryRef, List<RuleEvaluation>> current = GUIDELINE.evaluateAll(record);
        recordEvaluations(current, written, justification);
        return new Advice(current.get(written));
    }

    /** An entry (or every entry, for the whole case) no longer judged: its evaluation withdrawn, with nothing in its place. */
    void withdrawEvaluations(List<EntryRef> entries) {
        CaseAdvice advice = GUIDELINE.advise(record);
        for (EntryRef entry : entries) {
            GuidelineEvaluated previous = evaluations.get(entry);
            if (previous == null || previous.evaluations().isEmpty()) continue;
            apply(new GuidelineEvaluated(caseId, entry, previous.entryDate(), List.of(), null, advice));
        }
    }

    /** Every entry the guideline has evaluated, in the order they were first evaluated. */
    List<EntryRef> evaluatedEntries() {
        return List.copyOf(evaluations.keySet());
    }

    /** The evaluation of the entry just written, and a new one of every other entry whose judgement changed; how many. */
    int recordEvaluations(Map<EntryRef, List<RuleEvaluation>> current, EntryRef written, String justification) {
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
    void on(OtherTreatmentRecorded event) {
        record = record.withOtherTreatment(event.treatmentId(), event.otherTreatment());
    }

    @EventSourcingHandler
    void on(OtherTreatmentAmended event) {
        record = record.withOtherTreatment(event.treatmentId(), event.otherTreatment());
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        record = record.withClosure(event.closure());
    }

    @EventSourcingHandler
    void on(EnteredInError event) {
        inError.put(event.entry(), event.errorReason() == null ? "" : event.errorReason());
        if (event.wholeCase()) enteredInError = true;
        else record = record.without(event.entry());
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
