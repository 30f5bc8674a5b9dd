package io.boneregistry.projections.cases;

import io.boneregistry.api.answers.Completeness;
import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.AssessmentAmended;
import io.boneregistry.api.assessment.AssessmentRecorded;
import io.boneregistry.api.biopsy.BiopsyAmended;
import io.boneregistry.api.biopsy.BiopsyDecided;
import io.boneregistry.api.biopsy.BiopsyDecisionAmended;
import io.boneregistry.api.biopsy.BiopsyPerformed;
import io.boneregistry.api.biopsy.BiopsyResult;
import io.boneregistry.api.biopsy.CaseDiagnosis;
import io.boneregistry.api.cases.CaseAdviceView;
import io.boneregistry.api.cases.CasePage;
import io.boneregistry.api.cases.CaseSummary;
import io.boneregistry.api.cases.FindCase;
import io.boneregistry.api.cases.FindCaseAdvice;
import io.boneregistry.api.cases.LatestPain;
import io.boneregistry.api.cases.ListCases;
import io.boneregistry.api.cases.ProcedureSummary;
import io.boneregistry.api.checks.PreProcedureChecksAmended;
import io.boneregistry.api.checks.PreProcedureChecksCompleted;
import io.boneregistry.api.closure.CaseClosed;
import io.boneregistry.api.complication.ComplicationAmended;
import io.boneregistry.api.complication.ComplicationRecorded;
import io.boneregistry.api.enteredinerror.EnteredInError;
import io.boneregistry.api.erasure.PersonalDataErased;
import io.boneregistry.api.followup.FollowUp;
import io.boneregistry.api.followup.FollowUpAmended;
import io.boneregistry.api.followup.FollowUpRecorded;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.guideline.GuidelineEvaluated;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.ProcedureAmended;
import io.boneregistry.api.procedure.ProcedurePerformed;
import io.boneregistry.api.registration.CaseRegistered;
import io.boneregistry.api.treatment.TreatmentDecided;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.api.treatment.TreatmentDecisionAmended;
import io.boneregistry.projections.internal.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The case list and each case's summary, advice and completeness, as clinicians look them up. */
@Component
@ProcessingGroup(CaseSummaryProjection.NAME)
public class CaseSummaryProjection {

    public static final String NAME = "case-summary";

    private final CaseFileRepository files;
    private final BatchedWrites<CaseFile> writes;

    public CaseSummaryProjection(CaseFileRepository files) {
        this.files = files;
        this.writes = new BatchedWrites<>(NAME, files::find, (file, revision) -> files.save(file));
    }

    @EventHandler
    void on(CaseRegistered event) {
        writes.save(event.caseId(), CaseFile.registered(event.caseId(), event.registration()).at(sequenceHandled()));
    }

    @EventHandler
    void on(AssessmentRecorded event) {
        update(event.caseId(), file -> assessed(file, event.assessment()));
    }

    @EventHandler
    void on(AssessmentAmended event) {
        update(event.caseId(), file -> assessed(file, event.assessment()));
    }

    @EventHandler
    void on(BiopsyDecided event) {
        completed(event.caseId(), EntryRef.single(EntryKind.BIOPSY_DECISION), event.decision());
    }

    @EventHandler
    void on(BiopsyDecisionAmended event) {
        completed(event.caseId(), EntryRef.single(EntryKind.BIOPSY_DECISION), event.decision());
    }

    @EventHandler
    void on(BiopsyPerformed event) {
        update(event.caseId(), file -> biopsied(file, event.biopsy()));
    }

    @EventHandler
    void on(BiopsyAmended event) {
        update(event.caseId(), file -> biopsied(file, event.biopsy()));
    }

    @EventHandler
    void on(TreatmentDecided event) {
        update(event.caseId(), file -> decided(file, event.decision()));
    }

    @EventHandler
    void on(TreatmentDecisionAmended event) {
        update(event.caseId(), file -> decided(file, event.decision()));
    }

    @EventHandler
    void on(PreProcedureChecksCompleted event) {
        completed(event.caseId(), EntryRef.of(EntryKind.PRE_PROCEDURE_CHECKS, event.checksId()), event.checks());
    }

    @EventHandler
    void on(PreProcedureChecksAmended event) {
        completed(event.caseId(), EntryRef.of(EntryKind.PRE_PROCEDURE_CHECKS, event.checksId()), event.checks());
    }

    @EventHandler
    void on(ProcedurePerformed event) {
        update(event.caseId(), file -> treated(file, event.procedureId(), event.procedure()));
    }

    @EventHandler
    void on(ProcedureAmended event) {
        update(event.caseId(), file -> treated(file, event.procedureId(), event.procedure()));
    }

    @EventHandler
    void on(ComplicationRecorded event) {
        completed(event.caseId(), EntryRef.of(EntryKind.COMPLICATION, event.complicationId()), event.complication());
    }

    @EventHandler
    void on(ComplicationAmended event) {
        completed(event.caseId(), EntryRef.of(EntryKind.COMPLICATION, event.complicationId()), event.complication());
    }

    @EventHandler
    void on(FollowUpRecorded event) {
        update(event.caseId(), file -> followedUp(file, event.followUpId(), event.followUp()));
    }

    @EventHandler
    void on(FollowUpAmended event) {
        update(event.caseId(), file -> followedUp(file, event.followUpId(), event.followUp()));
    }

    @EventHandler
    void on(EnteredInError event) {
        update(event.caseId(), file -> file.withoutEntry(event.entry()));
    }

    @EventHandler
    void on(CaseClosed event) {
        update(event.caseId(), CaseFile::closedCase);
    }

    @EventHandler
    void on(PersonalDataErased event) {
        writes.flush(event.caseId());
        files.erasePersonalFields(event.caseId());
    }

    @EventHandler
    void on(GuidelineEvaluated event) {
        update(event.caseId(), file -> file.evaluated(event));
    }

    @ResetHandler
    void reset() {
        files.deleteAll();
    }

    @QueryHandler
    public Optional<CaseSummary> handle(FindCase query) {
        return files.find(query.caseId()).filter(file -> query.scope().includes(file.centreId())).map(CaseFile::summary);
    }

    @QueryHandler
    public Optional<CaseAdviceView> handle(FindCaseAdvice query) {
        return files.find(query.caseId()).filter(file -> query.scope().includes(file.centreId())).map(CaseFile::adviceView);
    }

    @QueryHandler
    public CasePage handle(ListCases query) {
        List<CaseSummary> content = files.page(query).stream().map(CaseFile::summary).toList();
        return new CasePage(content, query.page(), query.size(), files.count(query));
    }

    private void update(String caseId, UnaryOperator<CaseFile> change) {
        CaseFile file = writes.find(caseId)
                .orElseThrow(() -> new IllegalStateException("no case file for " + caseId + ": events out of order"));
        writes.save(caseId, change.apply(file).at(sequenceHandled()));
    }

    /** The case's sequence number of the event being handled (none outside a processor, as in unit tests). */
    private static long sequenceHandled() {
        return CurrentUnitOfWork.map(unit -> unit.getMessage() instanceof DomainEventMessage<?> event ? event.getSequenceNumber() : -1L)
                .orElse(-1L);
    }

    private void completed(String caseId, EntryRef entry, Object content) {
        update(caseId, file -> file.completed(entry, Completeness.missing(content)));
    }

    private static CaseFile assessed(CaseFile file, Assessment assessment) {
        return file.assessed(assessment.diagnosis(), new LatestPain(assessment.baselinePain().vas(),
                assessment.baselinePain().opioidMmePerDay(), assessment.assessedOn()))
                .completed(EntryRef.single(EntryKind.ASSESSMENT), Completeness.missing(assessment));
    }

    private static CaseFile biopsied(CaseFile file, BiopsyResult biopsy) {
        return file.biopsied(CaseDiagnosis.histology(biopsy).orElse(null))
                .completed(EntryRef.single(EntryKind.BIOPSY), Completeness.missing(biopsy));
    }

    private static CaseFile decided(CaseFile file, TreatmentDecision decision) {
        return file.decided(decision.intent()).completed(EntryRef.single(EntryKind.TREATMENT_DECISION), Completeness.missing(decision));
    }

    private static CaseFile treated(CaseFile file, String procedureId, Procedure procedure) {
        return file.treated(new ProcedureSummary(procedureId, procedure.performedOn(), procedure.operatorId(),
                        List.copyOf(procedure.techniques())))
                .completed(EntryRef.of(EntryKind.PROCEDURE, procedureId), Completeness.missing(procedure));
    }

    private static CaseFile followedUp(CaseFile file, String followUpId, FollowUp followUp) {
        return file.followedUp(followUpId, new LatestPain(followUp.vas(), followUp.opioidMmePerDay(), followUp.assessedOn()))
                .completed(EntryRef.of(EntryKind.FOLLOW_UP, followUpId), Completeness.missing(followUp));
    }
}
