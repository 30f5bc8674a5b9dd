package io.boneregistry.api.guideline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A registry manager asks a case to read the guideline's rules again as the registry now encodes
 * them (after a rule's strength or reach changed): every entry whose judgement changed gets a new
 * {@link GuidelineEvaluated}, the earlier ones stay in its history. Answers how many were recorded.
 */
public record ReEvaluateGuideline(@TargetAggregateIdentifier String caseId) {
}
