package io.boneregistry.api.assessment;

/** Site of the primary tumour of a metastasis; UNKNOWN goes with an occult primary. */
public enum PrimarySite {
    BREAST, LUNG, KIDNEY, PROSTATE, THYROID, COLORECTAL, MELANOMA, OTHER, UNKNOWN
}
