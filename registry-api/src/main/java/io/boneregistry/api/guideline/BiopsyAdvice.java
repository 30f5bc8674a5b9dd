package io.boneregistry.api.guideline;

public record BiopsyAdvice(boolean recommended, String ruleId, String detail) {
}
