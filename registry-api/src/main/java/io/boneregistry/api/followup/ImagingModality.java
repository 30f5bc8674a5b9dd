package io.boneregistry.api.followup;

/** How the treated site was imaged at follow-up. */
public enum ImagingModality {
    CT, MRI, PET_CT, RADIOGRAPHY, BONE_SCINTIGRAPHY, ULTRASOUND
}
