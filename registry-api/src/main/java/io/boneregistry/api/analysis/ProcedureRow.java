package io.boneregistry.api.analysis;

import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.closure.ClosureReason;
import io.boneregistry.api.complication.ComplicationType;
import io.boneregistry.api.privacy.FreeText;
import io.boneregistry.api.privacy.Identifying;
import io.boneregistry.api.procedure.Anaesthesia;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.registration.Sex;
import io.boneregistry.api.treatment.Intent;

import java.time.LocalDate;
import java.util.List;

/**
 * One procedure of the analysis dataset, with the latest content of every entry of its case:
 * everything docs/outcomes.md's definitions read. Follow-ups and complications are those that
 * reference this procedure, in date order (the first recorded first on a tie).
 * {@code techniques} holds each technique once; {@code stepTechniques} the technique of every
 * step, in recorded order. {@code painOrigin} is free text. {@code levels} holds each step with the
 * site and level it treated (kept by the analysis dataset, not by the statistics tables: no
 * statistic reads it); {@code otherTreatments} every other treatment of the case.
 * {@code vertebralCementSteps} counts the mobile-spine vertebrae the procedure cemented, one per
 * level (the step's own level, else the index lesion's; two steps at one level are one vertebra,
 * issue 27), {@code vertebralCementStepsLeaking} those with leakage observed at any of their steps,
 * {@code vertebralCementStepsLeakUnknown} the others whose leak question was left unanswered at a
 * step: BM-CEMENT-LEAK's members, hits and not evaluable. {@code fractureRisk} and
 * {@code aggressive} are null where the assessment left them unknown.
 */
public record ProcedureRow(
        String caseId,
        String procedureId,
        String centreId,
        String operatorId,
        LocalDate performedOn,
        int procedureNumber,
        int proceduresInCase,
        LocalDate referralDate,
        LocalDate assessedOn,
        @Identifying Integer birthYear,
        Sex sex,
        Diagnosis diagnosis,
        boolean histologicalDiagnosis,
        Intent intent,
        LesionSite lesionSite,
        Integer maxDiameterMm,
        Boolean fractureRisk,
        Boolean aggressive,
        List<Technique> techniques,
        List<Technique> stepTechniques,
        Anaesthesia anaesthesia,
        Boolean technicalSuccess,
        Integer baselineVas,
        Double baselineOpioidMmePerDay,
        Boolean baselineNeuralgia,
        Integer baselineNeuralgiaIntensity,
        @FreeText String painOrigin,
        int cementSteps,
        int cementStepsLeaking,
        Double cementVolumeMl,
        Double ethanolVolumeMl,
        List<ComplicationRow> complications,
        List<FollowUpRow> followUps,
        ClosureReason closureReason,
        LocalDate closedOn,
        List<TreatedLevelRow> levels,
        List<OtherTreatmentRow> otherTreatments,
        int vertebralCementSteps,
        int vertebralCementStepsLeaking,
        int vertebralCementStepsLeakUnknown) {

    /** The case's index procedure: earliest by date, the first recorded on a tie. */
    public boolean index() {
        return procedureNumber == 1;
    }

    public boolean uses(Technique technique) {
        return techniques.contains(technique);
    }

    /** Every step of one technique; what {@code combined=false} keeps. */
    public boolean singleTechnique() {
        return techniques.size() == 1;
    }

    /** The lesion is a cervical, thoracic or lumbar vertebra (not the sacrum). */
    public boolean vertebral() {
        return lesionSite != null && lesionSite.vertebral();
    }

    /**
     * Another treatment started within this procedure's follow-up: on or after the procedure day and
     * no later than its last follow-up (docs/outcomes.md#filters). Without follow-ups, none.
     */
    public boolean otherTreatmentDuringFollowUp() {
        if (followUps.isEmpty()) return false;
        int last = followUps.get(followUps.size() - 1).day();
        return otherTreatments.stream().anyMatch(treatment -> treatment.day() >= 0 && treatment.day() <= last);
    }

    public boolean hasComplication(ComplicationType type) {
        return complications.stream().anyMatch(complication -> complication.type() == type);
    }
}
