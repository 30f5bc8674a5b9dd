package io.boneregistry.projections.cases;

import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.biopsy.CaseDiagnosis;
import io.boneregistry.api.cases.CaseAdviceView;
import io.boneregistry.api.cases.CaseStage;
import io.boneregistry.api.cases.CaseSummary;
import io.boneregistry.api.cases.EvaluationView;
import io.boneregistry.api.cases.LatestPain;
import io.boneregistry.api.cases.ProcedureSummary;
import io.boneregistry.api.guideline.CaseAdvice;
import io.boneregistry.api.guideline.GuidelineEvaluated;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.treatment.Intent;
import io.boneregistry.api.cases.EntriesById;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the case pages need to know of one case, kept as one document per case. The summary and
 * the advice are derived from it when asked for, so they can never disagree.
 */
record CaseFile(
        String caseId,
        String centreId,
        LocalDate referralDate,
        Diagnosis workingDiagnosis,
        Diagnosis histology,
        Intent intent,
        LatestPain baselinePain,
        Map<String, ProcedureSummary> procedures,
        Map<String, LatestPain> followUpPain,
        Map<String, GuidelineEvaluated> evaluations,
        CaseAdvice advice,
        boolean closed) {

    static CaseFile registered(String caseId, String centreId, LocalDate referralDate) {
        return new CaseFile(caseId, centreId, referralDate, null, null, null, null, Map.of(), Map.of(), Map.of(),
                CaseAdvice.none(), false);
    }

    CaseFile assessed(Diagnosis diagnosis, LatestPain baseline) {
        return new CaseFile(caseId, centreId, referralDate, diagnosis, histology, intent, baseline, procedures, followUpPain, evaluations, advice, closed);
    }

    CaseFile biopsied(Diagnosis conclusiveHistology) {
        return new CaseFile(caseId, centreId, referralDate, workingDiagnosis, conclusiveHistology, intent, baselinePain, procedures, followUpPain, evaluations, advice, closed);
    }

    CaseFile decided(Intent decided) {
        return new CaseFile(caseId, centreId, referralDate, workingDiagnosis, histology, decided, baselinePain, procedures, followUpPain, evaluations, advice, closed);
    }

    CaseFile treated(ProcedureSummary procedure) {
        return new CaseFile(caseId, centreId, referralDate, workingDiagnosis, histology, intent, baselinePain,
                EntriesById.with(procedures, procedure.procedureId(), procedure), followUpPain, evaluations, advice, closed);
    }

    CaseFile followedUp(String followUpId, LatestPain pain) {
        return new CaseFile(caseId, centreId, referralDate, workingDiagnosis, histology, intent, baselinePain, procedures,
                EntriesById.with(followUpPain, followUpId, pain), evaluations, advice, closed);
    }

    CaseFile evaluated(GuidelineEvaluated evaluation) {
        return new CaseFile(caseId, centreId, referralDate, workingDiagnosis, histology, intent, baselinePain, procedures,
                followUpPain, EntriesById.with(evaluations, evaluation.entry().key(), evaluation), evaluation.advice(), closed);
    }

    CaseFile closedCase() {
        return new CaseFile(caseId, centreId, referralDate, workingDiagnosis, histology, intent, baselinePain, procedures, followUpPain, evaluations, advice, true);
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
        return new CaseSummary(caseId, centreId, stage(), referralDate, CaseDiagnosis.of(histology, workingDiagnosis),
                intent, List.copyOf(techniques), byDate, latestPain(), deviations, closed);
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
