package io.boneregistry.api.procedure;

public enum ProtectionMethod {
    NONE, HYDRODISSECTION_SALINE, HYDRODISSECTION_D5W, CO2_DISSECTION, BALLOON;

    public boolean hydrodissection() {
        return this == HYDRODISSECTION_SALINE || this == HYDRODISSECTION_D5W;
    }
}
