package io.boneregistry.api.treatment;

public enum Goal {
    PAIN, DEBULKING, FRACTURE_PREVENTION, DECOMPRESSION
}
