package io.boneregistry.api.othertreatment;

/** A treatment of the patient besides the registry's percutaneous procedures. */
public enum OtherTreatmentKind {
    RADIOTHERAPY, SYSTEMIC_THERAPY, SURGERY_OR_FIXATION, RETREATMENT_SAME_LESION
}
