package io.boneregistry.api.followup;

public enum VitalStatus {
    ALIVE, DEAD, UNKNOWN
}
