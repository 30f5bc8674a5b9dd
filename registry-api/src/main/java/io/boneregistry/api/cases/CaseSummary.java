package io.boneregistry.api.cases;

import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.privacy.Identifying;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.registration.Sex;
import io.boneregistry.api.treatment.Intent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A case at a glance, as the case list and the case page show it: the patient by the centre's
 * pseudonym, birth year and sex (null once erased), whether the whole case was entered in error,
 * whether the guideline asks for a biopsy ({@code biopsyAdvised}: null until it can tell) and, per
 * entry ({@code EntryRef.key()}), the answers it still lacks (docs/api.md#completeness); {@code version},
 * the sequence number of the latest of the case's events it shows (the history's numbering).
 * {@code closed}, {@code enteredInError} and {@code version} stay primitive: the case's own events
 * decide them and they are never unknown; they are no clinician's answer (those are nullable).
 */
public record CaseSummary(
        String caseId,
        String centreId,
        @Identifying String patientPseudonym,
        @Identifying Integer birthYear,
        Sex sex,
        CaseStage stage,
        LocalDate referralDate,
        Diagnosis diagnosis,
        Intent intent,
        List<Technique> techniques,
        List<ProcedureSummary> procedures,
        LatestPain latestPain,
        List<String> deviations,
        boolean closed,
        boolean enteredInError,
        Boolean biopsyAdvised,
        Map<String, List<String>> missing,
        long version) {

    /** Whether any entry still lacks an answer. */
    public boolean incomplete() {
        return missing.values().stream().anyMatch(lacking -> !lacking.isEmpty());
    }
}
