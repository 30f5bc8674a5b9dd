package io.boneregistry.core.record;

import io.boneregistry.api.othertreatment.OtherTreatment;
import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.biopsy.CaseDiagnosis;
import io.boneregistry.api.cases.EntriesById;
import io.boneregistry.api.assessment.Lesion;
import io.boneregistry.api.biopsy.BiopsyDecision;
import io.boneregistry.api.biopsy.BiopsyResult;
import io.boneregistry.api.checks.PreProcedureChecks;
import io.boneregistry.api.closure.Closure;
import io.boneregistry.api.followup.FollowUp;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.ProcedureOrder;
import io.boneregistry.api.registration.Registration;
import io.boneregistry.api.treatment.Intent;
import io.boneregistry.api.treatment.TreatmentDecision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case as recorded so far, always with the latest content of each entry. The guideline's rules
 * are functions of it, so the aggregate and the tests share one picture of a case.
 */
public record CaseRecord(
        String caseId,
        Registration registration,
        Assessment assessment,
        BiopsyDecision biopsyDecision,
        BiopsyResult biopsy,
        TreatmentDecision treatmentDecision,
        List<ChecksEntry> checks,
        Map<String, Procedure> procedures,
        Map<String, ComplicationEntry> complications,
        Map<String, FollowUp> followUps,
        Map<String, OtherTreatment> otherTreatments,
        Closure closure) {

    public static CaseRecord registered(String caseId, Registration registration) {
        return new CaseRecord(caseId, registration, null, null, null, null, List.of(), Map.of(), Map.of(), Map.of(), Map.of(), null);
    }

    public CaseRecord withAssessment(Assessment assessment) {
        return new CaseRecord(caseId, registration, assessment, biopsyDecision, biopsy, treatmentDecision, checks, procedures, complications, followUps, otherTreatments, closure);
    }

    public CaseRecord withBiopsyDecision(BiopsyDecision biopsyDecision) {
        return new CaseRecord(caseId, registration, assessment, biopsyDecision, biopsy, treatmentDecision, checks, procedures, complications, followUps, otherTreatments, closure);
    }

    public CaseRecord withBiopsy(BiopsyResult biopsy) {
        return new CaseRecord(caseId, registration, assessment, biopsyDecision, biopsy, treatmentDecision, checks, procedures, complications, followUps, otherTreatments, closure);
    }

    public CaseRecord withTreatmentDecision(TreatmentDecision treatmentDecision) {
        return new CaseRecord(caseId, registration, assessment, biopsyDecision, biopsy, treatmentDecision, checks, procedures, complications, followUps, otherTreatments, closure);
    }

    public CaseRecord withChecks(String checksId, PreProcedureChecks content) {
        List<ChecksEntry> next = new ArrayList<>(checks);
        next.removeIf(entry -> entry.checksId().equals(checksId));
        next.add(new ChecksEntry(checksId, content));
        next.sort(Comparator.comparingInt(entry -> indexOfChecks(entry.checksId())));
        return new CaseRecord(caseId, registration, assessment, biopsyDecision, biopsy, treatmentDecision, List.copyOf(next), procedures, complications, followUps, otherTreatments, closure);
    }

    public CaseRecord withProcedure(String procedureId, Procedure procedure) {
        return new CaseRecord(caseId, registration, assessment, biopsyDecision, biopsy, treatmentDecision, checks, EntriesById.with(procedures, procedureId, procedure), complications, followUps, otherTreatments, closure);
    }

    public CaseRecord withComplication(String complicationId, ComplicationEntry complication) {
        return new CaseRecord(caseId, registration, assessment, biopsyDecision, biopsy, treatmentDecision, checks, procedures, EntriesById.with(complications, complicationId, complication), followUps, otherTreatments, closure);
    }

    public CaseRecord withFollowUp(String followUpId, FollowUp followUp) {
        return new CaseRecord(caseId, registration, assessment, biopsyDecision, biopsy, treatmentDecision, checks, procedures, complications, EntriesById.with(followUps, followUpId, followUp), otherTreatments, closure);
    }

    public CaseRecord withOtherTreatment(String treatmentId, OtherTreatment otherTreatment) {
        return new CaseRecord(caseId, registration, assessment, biopsyDecision, biopsy, treatmentDecision, checks, procedures, complications, followUps, EntriesById.with(otherTreatments, treatmentId, otherTreatment), closure);
    }

    public CaseRecord withClosure(Closure closure) {
        return new CaseRecord(caseId, registration, assessment, biopsyDecision, biopsy, treatmentDecision, checks, procedures, complications, followUps, otherTreatments, closure);
    }

    /** The record without an entry entered in error (never the registration: a case entered in error stays whole, and closed to writes). */
    public CaseRecord without(EntryRef entry) {
        String id = entry.entryId();
        return switch (entry.kind()) {
            case BIOPSY_DECISION -> new CaseRecord(caseId, registration, assessment, null, biopsy, treatmentDecision, checks, procedures,
                    complications, followUps, otherTreatments, closure);
            case BIOPSY -> new CaseRecord(caseId, registration, assessment, biopsyDecision, null, treatmentDecision, checks, procedures,
                    complications, followUps, otherTreatments, closure);
            case PRE_PROCEDURE_CHECKS -> new CaseRecord(caseId, registration, assessment, biopsyDecision, biopsy, treatmentDecision,
                    checks.stream().filter(c -> !c.checksId().equals(id)).toList(), procedures, complications, followUps,
                    otherTreatments, closure);
            case PROCEDURE -> new CaseRecord(caseId, registration, assessment, biopsyDecision, biopsy, treatmentDecision, checks,
                    EntriesById.without(procedures, id), complications, followUps, otherTreatments, closure);
            case COMPLICATION -> new CaseRecord(caseId, registration, assessment, biopsyDecision, biopsy, treatmentDecision, checks,
                    procedures, EntriesById.without(complications, id), followUps, otherTreatments, closure);
            case FOLLOW_UP -> new CaseRecord(caseId, registration, assessment, biopsyDecision, biopsy, treatmentDecision, checks,
                    procedures, complications, EntriesById.without(followUps, id), otherTreatments, closure);
            case OTHER_TREATMENT -> new CaseRecord(caseId, registration, assessment, biopsyDecision, biopsy, treatmentDecision, checks,
                    procedures, complications, followUps, EntriesById.without(otherTreatments, id), closure);
            case CLOSURE -> new CaseRecord(caseId, registration, assessment, biopsyDecision, biopsy, treatmentDecision, checks, procedures,
                    complications, followUps, otherTreatments, null);
            case REGISTRATION, ASSESSMENT, TREATMENT_DECISION -> throw new IllegalArgumentException(entry.kind() + " cannot be left out");
        };
    }

    /** Whether the entry is on record. */
    public boolean holds(EntryRef entry) {
        return entries().contains(entry);
    }

    public boolean closed() {
        return closure != null;
    }

    public Lesion lesion() {
        return assessment == null ? null : assessment.lesion();
    }

    /** The histology of a conclusive biopsy if there is one, else the working diagnosis (docs/outcomes.md#terms). */
    public Diagnosis diagnosis() {
        return CaseDiagnosis.of(assessment, biopsy);
    }

    public Optional<Intent> intent() {
        return Optional.ofNullable(treatmentDecision).map(TreatmentDecision::intent);
    }

    public Procedure procedure(String procedureId) {
        return procedures.get(procedureId);
    }

    public Optional<ChecksEntry> latestChecks() {
        return checks.isEmpty() ? Optional.empty() : Optional.of(checks.get(checks.size() - 1));
    }

    public PreProcedureChecks checks(String checksId) {
        return checks.stream().filter(entry -> entry.checksId().equals(checksId))
                .map(ChecksEntry::checks).findFirst().orElse(null);
    }

    /**
     * The checks that prepare a procedure: the latest recorded on or before its day and after the
     * case's previous procedure, since each session is prepared anew (one consent, one set of
     * laboratory values do not cover the sessions after).
     */
    public Optional<PreProcedureChecks> checksFor(String procedureId) {
        LocalDate day = procedure(procedureId).performedOn();
        LocalDate previous = procedures.values().stream().map(Procedure::performedOn).filter(other -> other.isBefore(day))
                .max(Comparator.naturalOrder()).orElse(null);
        PreProcedureChecks inForce = null;
        for (ChecksEntry entry : checks) {
            LocalDate checked = entry.checks().checkedOn();
            if (!checked.isAfter(day) && (previous == null || checked.isAfter(previous))) inForce = entry.checks();
        }
        return Optional.ofNullable(inForce);
    }

    public boolean isIndexProcedure(String procedureId) {
        return ProcedureOrder.index(procedures).filter(procedureId::equals).isPresent();
    }

    /** The clinical date of an entry: when it happened, not when it was logged. */
    public LocalDate dateOf(EntryRef entry) {
        return switch (entry.kind()) {
            case REGISTRATION -> registration.referralDate();
            case ASSESSMENT -> assessment.assessedOn();
            case BIOPSY_DECISION -> biopsyDecision.decidedOn();
            case BIOPSY -> biopsy.performedOn();
            case TREATMENT_DECISION -> treatmentDecision.decidedOn();
            case PRE_PROCEDURE_CHECKS -> checks(entry.entryId()).checkedOn();
            case PROCEDURE -> procedure(entry.entryId()).performedOn();
            case COMPLICATION -> complications.get(entry.entryId()).complication().onset();
            case FOLLOW_UP -> followUps.get(entry.entryId()).assessedOn();
            case OTHER_TREATMENT -> otherTreatments.get(entry.entryId()).startedOn();
            case CLOSURE -> closure.closedOn();
        };
    }

    /** Every entry of the case, in pathway order. */
    public List<EntryRef> entries() {
        List<EntryRef> entries = new ArrayList<>();
        entries.add(EntryRef.single(EntryKind.REGISTRATION));
        if (assessment != null) entries.add(EntryRef.single(EntryKind.ASSESSMENT));
        if (biopsyDecision != null) entries.add(EntryRef.single(EntryKind.BIOPSY_DECISION));
        if (biopsy != null) entries.add(EntryRef.single(EntryKind.BIOPSY));
        if (treatmentDecision != null) entries.add(EntryRef.single(EntryKind.TREATMENT_DECISION));
        checks.forEach(entry -> entries.add(EntryRef.of(EntryKind.PRE_PROCEDURE_CHECKS, entry.checksId())));
        procedures.keySet().forEach(id -> entries.add(EntryRef.of(EntryKind.PROCEDURE, id)));
        complications.keySet().forEach(id -> entries.add(EntryRef.of(EntryKind.COMPLICATION, id)));
        followUps.keySet().forEach(id -> entries.add(EntryRef.of(EntryKind.FOLLOW_UP, id)));
        otherTreatments.keySet().forEach(id -> entries.add(EntryRef.of(EntryKind.OTHER_TREATMENT, id)));
        if (closure != null) entries.add(EntryRef.single(EntryKind.CLOSURE));
        return entries;
    }

    private int indexOfChecks(String checksId) {
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).checksId().equals(checksId)) return i;
        }
        return checks.size();
    }
}
