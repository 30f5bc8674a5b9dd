package io.boneregistry.api.procedure;

public enum Anaesthesia {
    GENERAL, SPINAL, NERVE_BLOCK, DEEP_SEDATION, CONSCIOUS_SEDATION, LOCAL
}
