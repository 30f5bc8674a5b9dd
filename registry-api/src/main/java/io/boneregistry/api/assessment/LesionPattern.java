package io.boneregistry.api.assessment;

public enum LesionPattern {
    OSTEOLYTIC, SCLEROTIC, MIXED
}
