package io.boneregistry.projections.analysis;

import io.boneregistry.api.analysis.ComplicationRow;
import io.boneregistry.api.analysis.FollowUpRow;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.biopsy.BiopsyResult;
import io.boneregistry.api.biopsy.CaseDiagnosis;
import io.boneregistry.api.closure.Closure;
import io.boneregistry.api.complication.Complication;
import io.boneregistry.api.followup.FollowUp;
import io.boneregistry.api.procedure.CementoplastyStep;
import io.boneregistry.api.procedure.EthanolStep;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.ProcedureOrder;
import io.boneregistry.api.procedure.TechniqueStep;
import io.boneregistry.api.registration.Registration;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.api.cases.EntriesById;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A case as the analysis dataset needs it: the latest content of each entry, in recording order.
 * The dataset's rows are derived from it, so an amendment anywhere in the case reaches every row.
 */
record AnalysisCase(
        String caseId,
        Registration registration,
        Assessment assessment,
        BiopsyResult biopsy,
        TreatmentDecision decision,
        Map<String, Procedure> procedures,
        Map<String, ProcedureComplication> complications,
        Map<String, FollowUp> followUps,
        Closure closure) {

    record ProcedureComplication(String procedureId, Complication complication) {
    }

    static AnalysisCase registered(String caseId, Registration registration) {
        return new AnalysisCase(caseId, registration, null, null, null, Map.of(), Map.of(), Map.of(), null);
    }

    AnalysisCase withAssessment(Assessment next) {
        return new AnalysisCase(caseId, registration, next, biopsy, decision, procedures, complications, followUps, closure);
    }

    AnalysisCase withBiopsy(BiopsyResult next) {
        return new AnalysisCase(caseId, registration, assessment, next, decision, procedures, complications, followUps, closure);
    }

    AnalysisCase withDecision(TreatmentDecision next) {
        return new AnalysisCase(caseId, registration, assessment, biopsy, next, procedures, complications, followUps, closure);
    }

    AnalysisCase withProcedure(String id, Procedure procedure) {
        return new AnalysisCase(caseId, registration, assessment, biopsy, decision, EntriesById.with(procedures, id, procedure), complications, followUps, closure);
    }

    AnalysisCase withComplication(String id, String procedureId, Complication complication) {
        return new AnalysisCase(caseId, registration, assessment, biopsy, decision, procedures,
                EntriesById.with(complications, id, new ProcedureComplication(procedureId, complication)), followUps, closure);
    }

    AnalysisCase withFollowUp(String id, FollowUp followUp) {
        return new AnalysisCase(caseId, registration, assessment, biopsy, decision, procedures, complications, EntriesById.with(followUps, id, followUp), closure);
    }

    AnalysisCase withClosure(Closure next) {
        return new AnalysisCase(caseId, registration, assessment, biopsy, decision, procedures, complications, followUps, next);
    }

    /** One row per procedure, numbered in {@link ProcedureOrder}: number 1 is the index. */
    List<ProcedureRow> rows() {
        List<String> order = ProcedureOrder.of(procedures);
        List<ProcedureRow> rows = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            rows.add(row(order.get(i), i + 1, order.size()));
        }
        return rows;
    }

    private ProcedureRow row(String procedureId, int number, int count) {
        Procedure procedure = procedures.get(procedureId);
        LocalDate day = procedure.performedOn();
        List<CementoplastyStep> cement = procedure.steps(CementoplastyStep.class).toList();
        return new ProcedureRow(caseId, procedureId, registration.centreId(), procedure.operatorId(), day, number, count,
                registration.referralDate(), assessment == null ? null : assessment.assessedOn(), registration.birthYear(), registration.sex(),
                CaseDiagnosis.of(assessment, biopsy), CaseDiagnosis.histological(biopsy),
                decision == null ? null : decision.intent(),
                assessment == null ? null : assessment.lesion().site(),
                assessment == null ? null : assessment.lesion().maxDiameterMm(),
                assessment != null && assessment.lesion().fractureRisk(),
                assessment != null && assessment.lesion().aggressive(),
                List.copyOf(procedure.techniques()), procedure.steps().stream().map(TechniqueStep::technique).toList(),
                procedure.anaesthesia(), procedure.technicalSuccess(),
                assessment == null ? null : assessment.baselinePain().vas(),
                assessment == null ? null : assessment.baselinePain().opioidMmePerDay(),
                assessment == null ? null : assessment.baselinePain().neuralgia(),
                assessment == null ? null : assessment.painOrigin(),
                cement.size(), (int) cement.stream().filter(CementoplastyStep::leaked).count(),
                sum(cement.stream().map(CementoplastyStep::cementVolumeMl).toList()),
                sum(procedure.steps(EthanolStep.class).map(EthanolStep::volumeMl).toList()),
                complicationsOf(procedureId, day), followUpsOf(procedureId, day),
                closure == null ? null : closure.reason(), closure == null ? null : closure.closedOn());
    }


    private List<ComplicationRow> complicationsOf(String procedureId, LocalDate day) {
        List<ComplicationRow> rows = new ArrayList<>();
        complications.forEach((id, entry) -> {
            if (entry.procedureId().equals(procedureId)) {
                Complication c = entry.complication();
                rows.add(new ComplicationRow(id, c.onset(), days(day, c.onset()), c.type(), c.cirseGrade(), c.description()));
            }
        });
        rows.sort(Comparator.comparing(ComplicationRow::onset));
        return rows;
    }

    private List<FollowUpRow> followUpsOf(String procedureId, LocalDate day) {
        List<FollowUpRow> rows = new ArrayList<>();
        followUps.forEach((id, f) -> {
            if (f.procedureId().equals(procedureId)) {
                rows.add(new FollowUpRow(id, f.assessedOn(), days(day, f.assessedOn()), f.vas(), f.opioidMmePerDay(),
                        f.neuralgia(), f.localRecurrence(), f.tumourVolume(), f.fractureAtTreatedSite(), f.vitalStatus()));
            }
        });
        rows.sort(Comparator.comparing(FollowUpRow::assessedOn));
        return rows;
    }

    private static int days(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to);
    }

    private static Double sum(List<Double> values) {
        if (values.isEmpty() || values.contains(null)) return null;
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }
}
