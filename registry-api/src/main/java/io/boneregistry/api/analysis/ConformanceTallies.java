package io.boneregistry.api.analysis;

import java.util.List;

/**
 * Conformance as counted by the read model: per rule and centre, the cases a rule applied to, those
 * deviating at least once, the deviating entries, the cases that did otherwise than the text
 * advised (never deviations) and the cases it could not be judged on for an answer left unknown; and the deviations of the cases inside the asker's scope (the others
 * are only counted).
 */
public record ConformanceTallies(List<RuleTally> tallies, List<ConformanceEvaluation> deviations) {

    /** {@code notJudgedCases}: cases with an entry the rule could not be read on, an answer it turns on left unknown. */
    public record RuleTally(String ruleId, String centreId, int appliedCases, int deviatingCases, int deviatedEntries, int advisedCases,
                            int notJudgedCases) {
    }
}
