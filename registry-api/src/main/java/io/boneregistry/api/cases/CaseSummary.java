package io.boneregistry.api.cases;

import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.treatment.Intent;

import java.time.LocalDate;
import java.util.List;

/** A case at a glance, as the case list and the case page show it. */
public record CaseSummary(
        String caseId,
        String centreId,
        CaseStage stage,
        LocalDate referralDate,
        Diagnosis diagnosis,
        Intent intent,
        List<Technique> techniques,
        List<ProcedureSummary> procedures,
        LatestPain latestPain,
        List<String> deviations,
        boolean closed) {
}
