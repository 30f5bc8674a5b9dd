package io.boneregistry.api.complication;

/** When a complication began, against its procedure: during it, within 30 days of it, or later. */
public enum ComplicationTiming {
    INTRA_PROCEDURAL, WITHIN_30_DAYS, LATER
}
