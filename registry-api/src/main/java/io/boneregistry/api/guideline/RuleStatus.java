package io.boneregistry.api.guideline;

public enum RuleStatus {
    MET, DEVIATED
}
