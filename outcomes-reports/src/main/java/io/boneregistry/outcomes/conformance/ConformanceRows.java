package io.boneregistry.outcomes.conformance;

import io.boneregistry.api.analysis.ConformanceEvaluation;
import io.boneregistry.api.analysis.ConformanceTallies;
import io.boneregistry.api.analysis.ConformanceTallies.RuleTally;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import io.boneregistry.outcomes.statistics.Proportions;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Conformance per guideline rule, counted in cases (a case belongs to one centre, so the centres'
 * counts add up to the rule's), from the read model's tallies of the current evaluations.
 */
public final class ConformanceRows {

    private ConformanceRows() {
    }

    public static List<ConformanceRow> of(ConformanceTallies tallies) {
        Map<String, List<RuleTally>> byRule = tallies.tallies().stream().collect(Collectors.groupingBy(RuleTally::ruleId));
        Map<String, List<ConformanceEvaluation>> deviations = tallies.deviations().stream()
                .collect(Collectors.groupingBy(ConformanceEvaluation::ruleId));
        return Arrays.stream(GuidelineRule.values()).map(rule -> row(rule, byRule.getOrDefault(rule.id(), List.of()),
                deviations.getOrDefault(rule.id(), List.of()))).toList();
    }

    private static ConformanceRow row(GuidelineRule rule, List<RuleTally> tallies, List<ConformanceEvaluation> listed) {
        int applied = tallies.stream().mapToInt(RuleTally::appliedCases).sum();
        int deviating = tallies.stream().mapToInt(RuleTally::deviatingCases).sum();
        int deviatedEntries = tallies.stream().mapToInt(RuleTally::deviatedEntries).sum();
        int advised = tallies.stream().mapToInt(RuleTally::advisedCases).sum();
        int notJudged = tallies.stream().mapToInt(RuleTally::notJudgedCases).sum();
        List<CentreConformance> centres = tallies.stream().filter(t -> t.appliedCases() > 0).sorted(Comparator.comparing(RuleTally::centreId))
                .map(t -> new CentreConformance(t.centreId(), t.appliedCases(), t.deviatingCases(), (double) t.deviatingCases() / t.appliedCases()))
                .toList();
        List<Deviation> deviations = listed.stream()
                .map(e -> new Deviation(e.caseId(), e.centreId(), e.entryKind(), e.entryId(), e.entryDate(), e.detail(), e.justification()))
                .toList();
        return new ConformanceRow(rule.id(), rule.sentence(), rule.source(), rule.encoded(), rule.strength(),
                applied, deviating, applied == 0 ? null : (double) deviating / applied,
                applied == 0 ? null : Proportions.wilson(deviating, applied, OutcomeSettings.CONFIDENCE), advised, notJudged,
                centres, deviations, deviatedEntries - deviations.size());
    }
}
