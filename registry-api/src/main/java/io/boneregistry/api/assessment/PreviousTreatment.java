package io.boneregistry.api.assessment;

public enum PreviousTreatment {
    RADIOTHERAPY, SURGERY, SYSTEMIC_THERAPY, PERCUTANEOUS_ABLATION, CEMENTOPLASTY, OTHER
}
