package io.boneregistry.api.registration;

public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
