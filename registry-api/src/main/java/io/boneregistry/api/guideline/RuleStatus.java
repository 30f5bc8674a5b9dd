package io.boneregistry.api.guideline;

/**
 * How an entry stands against a rule that applies to it. {@code ADVISORY}: the entry does otherwise
 * than the text suggests where its words only advise ("si possono usare", "normalmente non è
 * necessaria", "migliore"); shown to the clinician, never counted as a deviation. {@code NOT_JUDGED}:
 * the rule would be read here, but an answer it turns on was left unknown, and for that rule an
 * unknown answer is not a deviation (docs/guideline-rules.md says, rule by rule, what unknown means);
 * shown, and counted apart in conformance.
 */
public enum RuleStatus {
    MET, DEVIATED, ADVISORY, NOT_JUDGED
}
