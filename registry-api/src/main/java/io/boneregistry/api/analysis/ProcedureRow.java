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
 * step, in recorded order. {@code painOrigin} is free text.
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
        boolean fractureRisk,
        boolean aggressive,
        List<Technique> techniques,
        List<Technique> stepTechniques,
        Anaesthesia anaesthesia,
        Boolean technicalSuccess,
        Integer baselineVas,
        Double baselineOpioidMmePerDay,
        Boolean baselineNeuralgia,
        @FreeText String painOrigin,
        int cementSteps,
        int cementStepsLeaking,
        Double cementVolumeMl,
        Double ethanolVolumeMl,
        List<ComplicationRow> complications,
        List<FollowUpRow> followUps,
        ClosureReason closureReason,
        LocalDate closedOn) {

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

    public boolean hasComplication(ComplicationType type) {
        return complications.stream().anyMatch(complication -> complication.type() == type);
    }
}
