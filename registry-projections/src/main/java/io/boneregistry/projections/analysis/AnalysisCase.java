package io.boneregistry.projections.analysis;

import io.boneregistry.api.answers.YesNo;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.complication.ComplicationResolution;
import io.boneregistry.api.followup.Imaging;
import io.boneregistry.api.procedure.Leakage;
import io.boneregistry.api.assessment.VertebralLevel;
import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.assessment.Lesion;
import io.boneregistry.api.analysis.OtherTreatmentRow;
import io.boneregistry.api.analysis.TreatedLevelRow;
import io.boneregistry.api.othertreatment.OtherTreatment;
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
import io.boneregistry.api.guideline.EntryRef;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A case as the analysis dataset needs it: the latest content of each entry, in recording order.
 * The dataset's rows are derived from it, so an amendment anywhere in the case reaches every row.
 * An entry entered in error is dropped; a case entered in error keeps its entries and gives no rows.
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
        Map<String, OtherTreatment> otherTreatments,
        Closure closure,
        boolean enteredInError) {

    record ProcedureComplication(String procedureId, Complication complication) {
    }

    static AnalysisCase registered(String caseId, Registration registration) {
        return new AnalysisCase(caseId, registration, null, null, null, Map.of(), Map.of(), Map.of(), Map.of(), null, false);
    }

    AnalysisCase withAssessment(Assessment next) {
        return new AnalysisCase(caseId, registration, next, biopsy, decision, procedures, complications, followUps, otherTreatments, closure, enteredInError);
    }

    AnalysisCase withBiopsy(BiopsyResult next) {
        return new AnalysisCase(caseId, registration, assessment, next, decision, procedures, complications, followUps, otherTreatments, closure, enteredInError);
    }

    AnalysisCase withDecision(TreatmentDecision next) {
        return new AnalysisCase(caseId, registration, assessment, biopsy, next, procedures, complications, followUps, otherTreatments, closure, enteredInError);
    }

    AnalysisCase withProcedure(String id, Procedure procedure) {
        return new AnalysisCase(caseId, registration, assessment, biopsy, decision, EntriesById.with(procedures, id, procedure), complications, followUps, otherTreatments, closure, enteredInError);
    }

    AnalysisCase withComplication(String id, String procedureId, Complication complication) {
        return new AnalysisCase(caseId, registration, assessment, biopsy, decision, procedures,
                EntriesById.with(complications, id, new ProcedureComplication(procedureId, complication)), followUps, otherTreatments, closure, enteredInError);
    }

    AnalysisCase withFollowUp(String id, FollowUp followUp) {
        return new AnalysisCase(caseId, registration, assessment, biopsy, decision, procedures, complications, EntriesById.with(followUps, id, followUp), otherTreatments, closure, enteredInError);
    }

    AnalysisCase withOtherTreatment(String id, OtherTreatment treatment) {
        return new AnalysisCase(caseId, registration, assessment, biopsy, decision, procedures, complications, followUps,
                EntriesById.with(otherTreatments, id, treatment), closure, enteredInError);
    }

    AnalysisCase withClosure(Closure next) {
        return new AnalysisCase(caseId, registration, assessment, biopsy, decision, procedures, complications, followUps, otherTreatments, next,
                enteredInError);
    }

    /** The case without an entry entered in error, or, for its registration, the whole case flagged so. */
    AnalysisCase withoutEntry(EntryRef entry) {
        String id = entry.entryId();
        return switch (entry.kind()) {
            case REGISTRATION -> new AnalysisCase(caseId, registration, assessment, biopsy, decision, procedures, complications, followUps,
                    otherTreatments, closure, true);
            case BIOPSY -> withBiopsy(null);
            case CLOSURE -> withClosure(null);
            case PROCEDURE -> new AnalysisCase(caseId, registration, assessment, biopsy, decision, EntriesById.without(procedures, id),
                    complications, followUps, otherTreatments, closure, enteredInError);
            case COMPLICATION -> new AnalysisCase(caseId, registration, assessment, biopsy, decision, procedures,
                    EntriesById.without(complications, id), followUps, otherTreatments, closure, enteredInError);
            case FOLLOW_UP -> new AnalysisCase(caseId, registration, assessment, biopsy, decision, procedures, complications,
                    EntriesById.without(followUps, id), otherTreatments, closure, enteredInError);
            case OTHER_TREATMENT -> new AnalysisCase(caseId, registration, assessment, biopsy, decision, procedures, complications,
                    followUps, EntriesById.without(otherTreatments, id), closure, enteredInError);
            default -> this;
        };
    }

    /** One row per procedure, numbered in {@link ProcedureOrder}: number 1 is the index; none for a case entered in error. */
    List<ProcedureRow> rows() {
        if (enteredInError) return List.of();
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
        List<TreatedLevelRow> levels = levelsOf(procedure);
        Collection<Boolean> vertebrae = leaksByVertebra(levels);
        return new ProcedureRow(caseId, procedureId, registration.centreId(), procedure.operatorId(), day, number, count,
                registration.referralDate(), assessment == null ? null : assessment.assessedOn(), registration.birthYear(), registration.sex(),
                CaseDiagnosis.of(assessment, biopsy), CaseDiagnosis.histological(biopsy),
                decision == null ? null : decision.intent(),
                assessment == null ? null : assessment.lesion().site(),
                assessment == null ? null : assessment.lesion().maxDiameterMm(),
                assessment == null ? null : assessment.lesion().fractureRisk(),
                assessment == null ? null : assessment.lesion().aggressive(),
                List.copyOf(procedure.techniques()), procedure.steps().stream().map(TechniqueStep::technique).toList(),
                procedure.anaesthesia(), procedure.technicalSuccess(),
                assessment == null ? null : assessment.baselinePain().vas(),
                assessment == null ? null : assessment.baselinePain().opioidMmePerDay(),
                assessment == null ? null : assessment.baselinePain().neuralgia(),
                assessment == null ? null : assessment.baselinePain().neuralgiaIntensity(),
                assessment == null ? null : assessment.painOrigin(),
                cement.size(), (int) cement.stream().map(CementoplastyStep::leaked).filter(YesNo::yes).count(),
                sum(cement.stream().map(CementoplastyStep::cementVolumeMl).toList()),
                sum(procedure.steps(EthanolStep.class).map(EthanolStep::volumeMl).toList()),
                complicationsOf(procedureId, day), followUpsOf(procedureId, day),
                closure == null ? null : closure.reason(), closure == null ? null : closure.closedOn(),
                levels, otherTreatmentsSeenFrom(day), vertebrae.size(), (int) vertebrae.stream().filter(YesNo::yes).count(),
                (int) vertebrae.stream().filter(YesNo::unknown).count());
    }

    /**
     * Whether cement leaked at each mobile-spine vertebra the procedure cemented, one answer per
     * level: two steps at one level are one vertebra, which leaked if either step did, and is
     * unknown if neither did and one step's leak was not answered.
     */
    private static Collection<Boolean> leaksByVertebra(List<TreatedLevelRow> levels) {
        Map<String, List<Boolean>> byVertebra = new LinkedHashMap<>();
        levels.stream().filter(l -> l.technique() == Technique.CEMENTOPLASTY && l.site() != null && l.site().vertebral())
                .forEach(l -> byVertebra.computeIfAbsent(l.site() + "/" + l.level(), k -> new ArrayList<>()).add(l.leaked()));
        return byVertebra.values().stream().map(leaks -> YesNo.any(leaks.toArray(Boolean[]::new))).toList();
    }

    private List<TreatedLevelRow> levelsOf(Procedure procedure) {
        List<TreatedLevelRow> rows = new ArrayList<>();
        Lesion index = assessment == null ? null : assessment.lesion();
        for (int i = 0; i < procedure.steps().size(); i++) {
            TechniqueStep step = procedure.steps().get(i);
            LesionSite site = index == null ? step.site() : step.treatedSite(index);
            VertebralLevel level = index == null ? step.level() : step.treatedLevel(index);
            if (step instanceof CementoplastyStep cement) {
                Leakage leakage = cement.leakage();
                rows.add(new TreatedLevelRow(i + 1, step.technique(), site, level, cement.cementVolumeMl(), cement.leaked(),
                        leakage == null || leakage.sites() == null ? List.of() : List.copyOf(leakage.sites()),
                        leakage == null ? null : YesNo.all(leakage.observed(), leakage.symptomatic()),
                        leakage == null || leakage.checkedBy() == null ? List.of() : List.copyOf(leakage.checkedBy()), null));
            } else {
                Double ethanol = step instanceof EthanolStep injection ? injection.volumeMl() : null;
                rows.add(new TreatedLevelRow(i + 1, step.technique(), site, level, null, null, List.of(), null, List.of(), ethanol));
            }
        }
        return rows;
    }

    private List<OtherTreatmentRow> otherTreatmentsSeenFrom(LocalDate day) {
        return otherTreatments.values().stream().sorted(Comparator.comparing(OtherTreatment::startedOn))
                .map(treatment -> new OtherTreatmentRow(treatment.kind(), days(day, treatment.startedOn()))).toList();
    }


    private List<ComplicationRow> complicationsOf(String procedureId, LocalDate day) {
        List<ComplicationRow> rows = new ArrayList<>();
        complications.forEach((id, entry) -> {
            if (entry.procedureId().equals(procedureId)) {
                Complication c = entry.complication();
                ComplicationResolution end = c.resolution();
                rows.add(new ComplicationRow(id, c.onset(), days(day, c.onset()), c.type(), c.cirseGrade(), c.description(),
                        c.followsStep(), c.timing(), end == null ? null : end.outcome(),
                        end == null || end.resolvedOn() == null ? null : days(day, end.resolvedOn())));
            }
        });
        rows.sort(Comparator.comparing(ComplicationRow::onset));
        return rows;
    }

    private List<FollowUpRow> followUpsOf(String procedureId, LocalDate day) {
        List<FollowUpRow> rows = new ArrayList<>();
        followUps.forEach((id, f) -> {
            if (f.procedureId().equals(procedureId)) {
                Imaging imaging = f.imaging();
                rows.add(new FollowUpRow(id, f.assessedOn(), days(day, f.assessedOn()), f.vas(), f.opioidMmePerDay(),
                        f.neuralgia(), f.neuralgiaIntensity(), f.recurrence(), f.tumourVolume(), f.fractureAtTreatedSite(), f.vitalStatus(),
                        f.treatedSiteVas(), f.analgesicLadderStep(), f.ecog(), imaging == null ? null : imaging.modality(),
                        imaging == null ? null : imaging.finding(), imaging == null ? null : days(day, imaging.performedOn())));
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
