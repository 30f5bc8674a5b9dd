package io.boneregistry.api.treatment;

public enum Intent {
    CURATIVE, PALLIATIVE
}
