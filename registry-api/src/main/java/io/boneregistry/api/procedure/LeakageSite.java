package io.boneregistry.api.procedure;

public enum LeakageSite {
    VENOUS, DISC, EPIDURAL, FORAMINAL, PARAVERTEBRAL, OTHER
}
