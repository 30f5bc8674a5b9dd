package io.boneregistry.projections.cases;

import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.biopsy.CaseDiagnosis;
import io.boneregistry.api.cases.CaseAdviceView;
import io.boneregistry.api.cases.CaseStage;
import io.boneregistry.api.cases.CaseSummary;
import io.boneregistry.api.cases.EntriesById;
import io.boneregistry.api.cases.EvaluationView;
import io.boneregistry.api.cases.LatestPain;
import io.boneregistry.api.cases.ProcedureSummary;
import io.boneregistry.api.guideline.CaseAdvice;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.guideline.GuidelineEvaluated;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.registration.Registration;
import io.boneregistry.api.registration.Sex;
import io.boneregistry.api.treatment.Intent;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the case pages need to know of one case, kept as one document per case. The summary and
 * the advice are derived from it when asked for, so they can never disagree. The patient is shown
 * by the centre's pseudonym, birth year and sex (erasure blanks the first two, as it does in every
 * read model); {@code missing} holds, per entry, the answers it still lacks; {@code version} is the
 * sequence number of the case's latest event it has read, so a page knows when it has caught up.
 */
record CaseFile(
        String caseId,
        String centreId,
        String patientPseudonym,
        Integer birthYear,
        Sex sex,
        LocalDate referralDate,
        Diagnosis workingDiagnosis,
        Diagnosis histology,
        Intent intent,
        LatestPain baselinePain,
        Map<String, ProcedureSummary> procedures,
        Map<String, LatestPain> followUpPain,
        Map<String, GuidelineEvaluated> evaluations,
        Map<String, List<String>> missing,
        CaseAdvice advice,
        boolean closed,
        boolean enteredInError,
        long version) {

    static CaseFile registered(String caseId, Registration registration) {
        return new CaseFile(caseId, registration.centreId(), registration.patientPseudonym(), registration.birthYear(),
                registration.sex(), registration.referralDate(), null, null, null, null, Map.of(), Map.of(), Map.of(), Map.of(),
                CaseAdvice.none(), false, false, -1);
    }

    CaseFile assessed(Diagnosis diagnosis, LatestPain baseline) {
        return new CaseFile(caseId, centreId, patientPseudonym, birthYear, sex, referralDate, diagnosis, histology, intent, baseline,
                procedures, followUpPain, evaluations, missing, advice, closed, enteredInError, version);
    }

    CaseFile biopsied(Diagnosis conclusiveHistology) {
        return new CaseFile(caseId, centreId, patientPseudonym, birthYear, sex, referralDate, workingDiagnosis, conclusiveHistology,
                intent, baselinePain, procedures, followUpPain, evaluations, missing, advice, closed, enteredInError, version);
    }

    CaseFile decided(Intent decided) {
        return new CaseFile(caseId, centreId, patientPseudonym, birthYear, sex, referralDate, workingDiagnosis, histology, decided,
                baselinePain, procedures, followUpPain, evaluations, missing, advice, closed, enteredInError, version);
    }

    CaseFile treated(ProcedureSummary procedure) {
        return new CaseFile(caseId, centreId, patientPseudonym, birthYear, sex, referralDate, workingDiagnosis, histology, intent,
                baselinePain, EntriesById.with(procedures, procedure.procedureId(), procedure), followUpPain, evaluations, missing, advice,
                closed, enteredInError, version);
    }

    CaseFile followedUp(String followUpId, LatestPain pain) {
        return new CaseFile(caseId, centreId, patientPseudonym, birthYear, sex, referralDate, workingDiagnosis, histology, intent,
                baselinePain, procedures, EntriesById.with(followUpPain, followUpId, pain), evaluations, missing, advice, closed,
                enteredInError, version);
    }

    CaseFile evaluated(GuidelineEvaluated evaluation) {
        return new CaseFile(caseId, centreId, patientPseudonym, birthYear, sex, referralDate, workingDiagnosis, histology, intent,
                baselinePain, procedures, followUpPain, EntriesById.with(evaluations, evaluation.entry().key(), evaluation), missing,
                evaluation.advice(), closed, enteredInError, version);
    }

    /** The answers an entry (by its key) still lacks, as of its latest content. */
    CaseFile completed(EntryRef entry, List<String> lacking) {
        return new CaseFile(caseId, centreId, patientPseudonym, birthYear, sex, referralDate, workingDiagnosis, histology, intent,
                baselinePain, procedures, followUpPain, evaluations, EntriesById.with(missing, entry.key(), List.copyOf(lacking)), advice,
                closed, enteredInError, version);
    }

    CaseFile closedCase() {
        return new CaseFile(caseId, centreId, patientPseudonym, birthYear, sex, referralDate, workingDiagnosis, histology, intent,
                baselinePain, procedures, followUpPain, evaluations, missing, advice, true, enteredInError, version);
    }

    /** The case as if the entry had never been recorded; the whole case is kept, flagged, when it is the one in error. */
    CaseFile withoutEntry(EntryRef entry) {
        String key = entry.key();
        String id = entry.entryId();
        return switch (entry.kind()) {
            case REGISTRATION -> new CaseFile(caseId, centreId, patientPseudonym, birthYear, sex, referralDate, workingDiagnosis,
                    histology, intent, baselinePain, procedures, followUpPain, evaluations, missing, advice, closed, true, version);
            case BIOPSY -> biopsied(null).withoutKey(key);
            case CLOSURE -> new CaseFile(caseId, centreId, patientPseudonym, birthYear, sex, referralDate, workingDiagnosis, histology,
                    intent, baselinePain, procedures, followUpPain, evaluations, missing, advice, false, enteredInError, version).withoutKey(key);
            case PROCEDURE -> new CaseFile(caseId, centreId, patientPseudonym, birthYear, sex, referralDate, workingDiagnosis, histology,
                    intent, baselinePain, EntriesById.without(procedures, id), followUpPain, evaluations, missing, advice, closed,
                    enteredInError, version).withoutKey(key);
            case FOLLOW_UP -> new CaseFile(caseId, centreId, patientPseudonym, birthYear, sex, referralDate, workingDiagnosis, histology,
                    intent, baselinePain, procedures, EntriesById.without(followUpPain, id), evaluations, missing, advice, closed,
                    enteredInError, version).withoutKey(key);
            default -> withoutKey(key);
        };
    }

    private CaseFile withoutKey(String key) {
        return new CaseFile(caseId, centreId, patientPseudonym, birthYear, sex, referralDate, workingDiagnosis, histology, intent,
                baselinePain, procedures, followUpPain, EntriesById.without(evaluations, key), EntriesById.without(missing, key), advice,
                closed, enteredInError, version);
    }

    /** The same file, having read the case's event of that sequence number. */
    CaseFile at(long sequence) {
        return new CaseFile(caseId, centreId, patientPseudonym, birthYear, sex, referralDate, workingDiagnosis, histology, intent,
                baselinePain, procedures, followUpPain, evaluations, missing, advice, closed, enteredInError, Math.max(version, sequence));
    }

    CaseStage stage() {
        if (closed) return CaseStage.CLOSED;
        if (!procedures.isEmpty()) return CaseStage.TREATED;
        if (intent != null) return CaseStage.TREATMENT_DECIDED;
        if (workingDiagnosis != null) return CaseStage.ASSESSED;
        return CaseStage.REGISTERED;
    }

    CaseSummary summary() {
        Set<Technique> techniques = EnumSet.noneOf(Technique.class);
        procedures.values().forEach(procedure -> techniques.addAll(procedure.techniques()));
        List<ProcedureSummary> byDate = procedures.values().stream()
                .sorted(Comparator.comparing(ProcedureSummary::performedOn)).toList();
        List<String> deviations = evaluations.values().stream()
                .flatMap(evaluation -> evaluation.evaluations().stream())
                .filter(evaluation -> evaluation.deviated())
                .map(evaluation -> evaluation.ruleId()).distinct().sorted().toList();
        return new CaseSummary(caseId, centreId, patientPseudonym, birthYear, sex, stage(), referralDate,
                CaseDiagnosis.of(histology, workingDiagnosis), intent, List.copyOf(techniques), byDate, latestPain(), deviations, closed,
                enteredInError, advice.biopsy() == null ? null : advice.biopsy().recommended(), missing, version);
    }

    CaseAdviceView adviceView() {
        List<EvaluationView> views = evaluations.values().stream()
                .flatMap(evaluated -> evaluated.evaluations().stream().map(evaluation -> new EvaluationView(
                        evaluation.ruleId(), evaluation.status(), evaluation.detail(),
                        evaluated.entry().kind(), evaluated.entry().entryId(), evaluated.justification())))
                .toList();
        return new CaseAdviceView(advice.biopsy(), advice.curativeEligibility(), advice.strategy(), views);
    }

    /** The latest follow-up's pain (the later one recorded on a tie), or the baseline before any. */
    private LatestPain latestPain() {
        LatestPain latest = baselinePain;
        for (LatestPain pain : followUpPain.values()) {
            if (latest == null || !pain.assessedOn().isBefore(latest.assessedOn())) latest = pain;
        }
        return latest;
    }
}
