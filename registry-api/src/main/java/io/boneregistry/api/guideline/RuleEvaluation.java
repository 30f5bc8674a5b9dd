package io.boneregistry.api.guideline;

/** One rule applied to one entry: met, or deviated from, and a one-line reason. */
public record RuleEvaluation(String ruleId, RuleStatus status, String detail) {

    public boolean deviated() {
        return status == RuleStatus.DEVIATED;
    }
}
