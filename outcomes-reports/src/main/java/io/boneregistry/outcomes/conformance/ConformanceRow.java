package io.boneregistry.outcomes.conformance;

import io.boneregistry.api.guideline.RuleStrength;
import io.boneregistry.outcomes.statistics.Interval;

import java.util.List;

/**
 * One guideline rule (docs/outcomes.md#conformance): how the text puts it, the cases it applied to, those deviating at
 * least once, the deviation rate with its Wilson interval, by centre, the cases that did otherwise than
 * the text only advised (not deviations), the cases it could not be judged on because an answer it turns
 * on was left unknown ({@code notJudgedCases}, docs/guideline-rules.md#unknown), and every deviation with its justification of the cases
 * inside the asker's scope; {@code unlistedDeviations} counts the others.
 */
public record ConformanceRow(String ruleId, String sentence, String source, boolean encoded, RuleStrength strength, int appliedCases,
                             int deviatingCases, Double deviationRate, Interval wilson95, int advisedCases, int notJudgedCases,
                             List<CentreConformance> byCentre,
                             List<Deviation> deviations, int unlistedDeviations) {
}
