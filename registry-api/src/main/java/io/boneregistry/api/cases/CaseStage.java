package io.boneregistry.api.cases;

public enum CaseStage {
    REGISTERED, ASSESSED, TREATMENT_DECIDED, TREATED, CLOSED
}
