package io.boneregistry.api.guideline;

/** Whether the guideline asks for a biopsy of this case: yes, no, or not known while an answer it turns on is unknown. */
public record BiopsyAdvice(Boolean recommended, String ruleId, String detail) {
}
