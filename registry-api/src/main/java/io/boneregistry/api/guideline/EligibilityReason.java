package io.boneregistry.api.guideline;

public record EligibilityReason(String ruleId, String detail) {
}
