package io.boneregistry.projections.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.api.othertreatment.OtherTreatmentAmended;
import io.boneregistry.api.othertreatment.OtherTreatmentRecorded;
import io.boneregistry.api.analysis.AnalysisDataset;
import io.boneregistry.api.analysis.AnalysisDatasetPage;
import io.boneregistry.api.analysis.FindAnalysisDataset;
import io.boneregistry.api.analysis.FindAnalysisDatasetPage;
import io.boneregistry.api.assessment.AssessmentAmended;
import io.boneregistry.api.assessment.AssessmentRecorded;
import io.boneregistry.api.biopsy.BiopsyAmended;
import io.boneregistry.api.biopsy.BiopsyPerformed;
import io.boneregistry.api.closure.CaseClosed;
import io.boneregistry.api.complication.ComplicationAmended;
import io.boneregistry.api.complication.ComplicationRecorded;
import io.boneregistry.api.enteredinerror.EnteredInError;
import io.boneregistry.api.erasure.PersonalDataErased;
import io.boneregistry.api.followup.FollowUpAmended;
import io.boneregistry.api.followup.FollowUpRecorded;
import io.boneregistry.api.procedure.ProcedureAmended;
import io.boneregistry.api.procedure.ProcedurePerformed;
import io.boneregistry.api.registration.CaseRegistered;
import io.boneregistry.api.treatment.TreatmentDecided;
import io.boneregistry.api.treatment.TreatmentDecisionAmended;
import io.boneregistry.projections.internal.BatchedWrites;
import io.boneregistry.projections.internal.JsonDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The analysis dataset every statistic and export reads: one row per procedure, rebuilt from events. */
@Component
@ProcessingGroup(AnalysisDatasetProjection.NAME)
public class AnalysisDatasetProjection {

    public static final String NAME = "analysis-dataset";

    private final JsonDocuments<AnalysisCase> cases;
    private final StatisticsTable statistics;
    private final BatchedWrites<AnalysisCase> writes;

    public AnalysisDatasetProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.cases = new JsonDocuments<>(jdbc, json, "analysis_case", AnalysisCase.class);
        this.statistics = new StatisticsTable(jdbc);
        this.writes = new BatchedWrites<>(NAME, cases::find, this::write);
    }

    @EventHandler
    void on(CaseRegistered event) {
        save(AnalysisCase.registered(event.caseId(), event.registration()));
    }

    @EventHandler
    void on(PersonalDataErased event) {
        writes.flush(event.caseId());
        cases.erasePersonalFields(event.caseId());
    }

    @EventHandler
    void on(AssessmentRecorded event) {
        update(event.caseId(), c -> c.withAssessment(event.assessment()));
    }

    @EventHandler
    void on(AssessmentAmended event) {
        update(event.caseId(), c -> c.withAssessment(event.assessment()));
    }

    @EventHandler
    void on(BiopsyPerformed event) {
        update(event.caseId(), c -> c.withBiopsy(event.biopsy()));
    }

    @EventHandler
    void on(BiopsyAmended event) {
        update(event.caseId(), c -> c.withBiopsy(event.biopsy()));
    }

    @EventHandler
    void on(TreatmentDecided event) {
        update(event.caseId(), c -> c.withDecision(event.decision()));
    }

    @EventHandler
    void on(TreatmentDecisionAmended event) {
        update(event.caseId(), c -> c.withDecision(event.decision()));
    }

    @EventHandler
    void on(ProcedurePerformed event) {
        update(event.caseId(), c -> c.withProcedure(event.procedureId(), event.procedure()));
    }

    @EventHandler
    void on(ProcedureAmended event) {
        update(event.caseId(), c -> c.withProcedure(event.procedureId(), event.procedure()));
    }

    @EventHandler
    void on(ComplicationRecorded event) {
        update(event.caseId(), c -> c.withComplication(event.complicationId(), event.procedureId(), event.complication()));
    }

    @EventHandler
    void on(ComplicationAmended event) {
        update(event.caseId(), c -> c.withComplication(event.complicationId(), event.procedureId(), event.complication()));
    }

    @EventHandler
    void on(FollowUpRecorded event) {
        update(event.caseId(), c -> c.withFollowUp(event.followUpId(), event.followUp()));
    }

    @EventHandler
    void on(FollowUpAmended event) {
        update(event.caseId(), c -> c.withFollowUp(event.followUpId(), event.followUp()));
    }

    @EventHandler
    void on(OtherTreatmentRecorded event) {
        update(event.caseId(), c -> c.withOtherTreatment(event.treatmentId(), event.otherTreatment()));
    }

    @EventHandler
    void on(OtherTreatmentAmended event) {
        update(event.caseId(), c -> c.withOtherTreatment(event.treatmentId(), event.otherTreatment()));
    }

    @EventHandler
    void on(EnteredInError event) {
        update(event.caseId(), c -> c.withoutEntry(event.entry()));
    }

    @EventHandler
    void on(CaseClosed event) {
        update(event.caseId(), c -> c.withClosure(event.closure()));
    }

    @ResetHandler
    void reset() {
        cases.deleteAll();
        statistics.deleteAll();
    }

    @QueryHandler
    public AnalysisDataset handle(FindAnalysisDataset query) {
        List<AnalysisCase> selected = query.centreId() == null
                ? cases.where("1 = 1 ORDER BY case_id")
                : cases.where("centre_id = ? ORDER BY case_id", query.centreId());
        return new AnalysisDataset(selected.stream().filter(c -> query.scope().includes(c.registration().centreId()))
                .flatMap(c -> c.rows().stream()).toList());
    }

    @QueryHandler
    public AnalysisDatasetPage handle(FindAnalysisDatasetPage query) {
        List<AnalysisCase> page = query.centreId() == null
                ? cases.where("case_id > ? ORDER BY case_id LIMIT ?", after(query), query.cases())
                : cases.where("centre_id = ? AND case_id > ? ORDER BY case_id LIMIT ?", query.centreId(), after(query), query.cases());
        String last = page.size() < query.cases() ? null : page.get(page.size() - 1).caseId();
        return new AnalysisDatasetPage(page.stream().flatMap(c -> c.rows().stream()).toList(), last);
    }

    private static String after(FindAnalysisDatasetPage query) {
        return query.afterCaseId() == null ? "" : query.afterCaseId();
    }

    private void update(String caseId, UnaryOperator<AnalysisCase> change) {
        save(change.apply(writes.find(caseId)
                .orElseThrow(() -> new IllegalStateException("no analysis case " + caseId + ": events out of order"))));
    }

    private void save(AnalysisCase analysisCase) {
        writes.save(analysisCase.caseId(), analysisCase);
    }

    /** The case document, and its rows in the statistics tables, in the same transaction. */
    private void write(AnalysisCase analysisCase, long revision) {
        cases.save(analysisCase.caseId(), analysisCase, Map.of("centre_id", analysisCase.registration().centreId()));
        statistics.replace(analysisCase.caseId(), analysisCase.rows(), revision);
    }
}
