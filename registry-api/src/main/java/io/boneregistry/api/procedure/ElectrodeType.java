package io.boneregistry.api.procedure;

public enum ElectrodeType {
    STRAIGHT, EXPANDABLE, COOLED
}
