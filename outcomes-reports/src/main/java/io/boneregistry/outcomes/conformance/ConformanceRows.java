package io.boneregistry.outcomes.conformance;

import io.boneregistry.api.analysis.ConformanceEvaluation;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.guideline.RuleStatus;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import io.boneregistry.outcomes.statistics.Proportions;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Conformance per guideline rule, counted in cases, from the current evaluations of their entries. */
public final class ConformanceRows {

    private ConformanceRows() {
    }

    public static List<ConformanceRow> of(List<ConformanceEvaluation> evaluations) {
        Map<String, List<ConformanceEvaluation>> byRule = evaluations.stream()
                .collect(Collectors.groupingBy(ConformanceEvaluation::ruleId));
        return Arrays.stream(GuidelineRule.values())
                .map(rule -> row(rule, byRule.getOrDefault(rule.id(), List.of()))).toList();
    }

    private static ConformanceRow row(GuidelineRule rule, List<ConformanceEvaluation> evaluations) {
        Set<String> applied = cases(evaluations, false);
        Set<String> deviating = cases(evaluations, true);
        Map<String, List<ConformanceEvaluation>> byCentre = new TreeMap<>(evaluations.stream()
                .collect(Collectors.groupingBy(ConformanceEvaluation::centreId)));
        List<CentreConformance> centres = byCentre.entrySet().stream().map(entry -> {
            int appliedHere = cases(entry.getValue(), false).size();
            int deviatingHere = cases(entry.getValue(), true).size();
            return new CentreConformance(entry.getKey(), appliedHere, deviatingHere, (double) deviatingHere / appliedHere);
        }).toList();
        List<ConformanceEvaluation> deviated = evaluations.stream().filter(e -> e.status() == RuleStatus.DEVIATED).toList();
        List<Deviation> deviations = deviated.stream().filter(ConformanceEvaluation::inScope)
                .map(e -> new Deviation(e.caseId(), e.centreId(), e.entryKind(), e.entryId(), e.entryDate(), e.detail(), e.justification()))
                .toList();
        return new ConformanceRow(rule.id(), rule.sentence(), rule.source(), rule.encoded(),
                applied.size(), deviating.size(), applied.isEmpty() ? null : (double) deviating.size() / applied.size(),
                applied.isEmpty() ? null : Proportions.wilson(deviating.size(), applied.size(), OutcomeSettings.CONFIDENCE),
                centres, deviations, deviated.size() - deviations.size());
    }

    private static Set<String> cases(List<ConformanceEvaluation> evaluations, boolean deviatedOnly) {
        return evaluations.stream().filter(e -> !deviatedOnly || e.status() == RuleStatus.DEVIATED)
                .map(ConformanceEvaluation::caseId).collect(Collectors.toSet());
    }
}
