package io.boneregistry.api.followup;

public enum TumourVolumeChange {
    REDUCED, STABLE, INCREASED, NOT_ASSESSED
}
