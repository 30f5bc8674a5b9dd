package io.boneregistry.api.guideline;

/**
 * How an entry stands against a rule that applies to it. {@code ADVISORY}: the entry does otherwise
 * than the text suggests where its words only advise ("si possono usare", "normalmente non è
 * necessaria", "migliore"); shown to the clinician, never counted as a deviation.
 */
public enum RuleStatus {
    MET, DEVIATED, ADVISORY
}
