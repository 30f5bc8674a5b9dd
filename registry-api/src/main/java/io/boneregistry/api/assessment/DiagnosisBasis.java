package io.boneregistry.api.assessment;

public enum DiagnosisBasis {
    IMAGING, HISTOLOGY
}
