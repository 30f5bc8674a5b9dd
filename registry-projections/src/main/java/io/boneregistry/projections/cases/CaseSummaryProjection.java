package io.boneregistry.projections.cases;

import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.AssessmentAmended;
import io.boneregistry.api.assessment.AssessmentRecorded;
import io.boneregistry.api.biopsy.BiopsyAmended;
import io.boneregistry.api.biopsy.BiopsyPerformed;
import io.boneregistry.api.biopsy.CaseDiagnosis;
import io.boneregistry.api.cases.CaseAdviceView;
import io.boneregistry.api.cases.CasePage;
import io.boneregistry.api.cases.CaseSummary;
import io.boneregistry.api.cases.FindCase;
import io.boneregistry.api.cases.FindCaseAdvice;
import io.boneregistry.api.cases.LatestPain;
import io.boneregistry.api.cases.ListCases;
import io.boneregistry.api.cases.ProcedureSummary;
import io.boneregistry.api.closure.CaseClosed;
import io.boneregistry.api.erasure.PersonalDataErased;
import io.boneregistry.api.followup.FollowUp;
import io.boneregistry.api.followup.FollowUpAmended;
import io.boneregistry.api.followup.FollowUpRecorded;
import io.boneregistry.api.guideline.GuidelineEvaluated;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.ProcedureAmended;
import io.boneregistry.api.procedure.ProcedurePerformed;
import io.boneregistry.api.registration.CaseRegistered;
import io.boneregistry.api.treatment.TreatmentDecided;
import io.boneregistry.api.treatment.TreatmentDecisionAmended;
import io.boneregistry.projections.internal.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The case list and each case's summary and advice, as clinicians look them up. */
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
        writes.save(event.caseId(), CaseFile.registered(event.caseId(), event.registration().centreId(), event.registration().referralDate()));
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
    void on(BiopsyPerformed event) {
        update(event.caseId(), file -> file.biopsied(CaseDiagnosis.histology(event.biopsy()).orElse(null)));
    }

    @EventHandler
    void on(BiopsyAmended event) {
        update(event.caseId(), file -> file.biopsied(CaseDiagnosis.histology(event.biopsy()).orElse(null)));
    }

    @EventHandler
    void on(TreatmentDecided event) {
        update(event.caseId(), file -> file.decided(event.decision().intent()));
    }

    @EventHandler
    void on(TreatmentDecisionAmended event) {
        update(event.caseId(), file -> file.decided(event.decision().intent()));
    }

    @EventHandler
    void on(ProcedurePerformed event) {
        update(event.caseId(), file -> file.treated(summary(event.procedureId(), event.procedure())));
    }

    @EventHandler
    void on(ProcedureAmended event) {
        update(event.caseId(), file -> file.treated(summary(event.procedureId(), event.procedure())));
    }

    @EventHandler
    void on(FollowUpRecorded event) {
        update(event.caseId(), file -> file.followedUp(event.followUpId(), pain(event.followUp())));
    }

    @EventHandler
    void on(FollowUpAmended event) {
        update(event.caseId(), file -> file.followedUp(event.followUpId(), pain(event.followUp())));
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
        List<CaseSummary> content = files.page(query.centreId(), query.scope(), query.stage(), query.page(), query.size())
                .stream().map(CaseFile::summary).toList();
        return new CasePage(content, query.page(), query.size(), files.count(query.centreId(), query.scope(), query.stage()));
    }

    private void update(String caseId, UnaryOperator<CaseFile> change) {
        CaseFile file = writes.find(caseId)
                .orElseThrow(() -> new IllegalStateException("no case file for " + caseId + ": events out of order"));
        writes.save(caseId, change.apply(file));
    }

    private static CaseFile assessed(CaseFile file, Assessment assessment) {
        return file.assessed(assessment.diagnosis(), new LatestPain(assessment.baselinePain().vas(),
                assessment.baselinePain().opioidMmePerDay(), assessment.assessedOn()));
    }

    private static ProcedureSummary summary(String procedureId, Procedure procedure) {
        return new ProcedureSummary(procedureId, procedure.performedOn(), procedure.operatorId(),
                List.copyOf(procedure.techniques()));
    }

    private static LatestPain pain(FollowUp followUp) {
        return new LatestPain(followUp.vas(), followUp.opioidMmePerDay(), followUp.assessedOn());
    }
}
