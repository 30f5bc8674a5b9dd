package io.boneregistry.api.procedure;

public enum Guidance {
    FLUOROSCOPY, ULTRASOUND, CT, MRI, CONE_BEAM_CT, CT_FLUOROSCOPY
}
