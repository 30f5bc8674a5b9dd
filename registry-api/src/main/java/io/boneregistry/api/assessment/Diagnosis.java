package io.boneregistry.api.assessment;

/** A working diagnosis (from imaging) or a histological one (from a biopsy). */
public enum Diagnosis {
    OSTEOID_OSTEOMA(true),
    OSTEOBLASTOMA(true),
    CHONDROBLASTOMA(true),
    OTHER_BENIGN(true),
    PRIMARY_MALIGNANT(false),
    METASTASIS(false),
    MULTIPLE_MYELOMA(false),
    LYMPHOMA(false),
    UNKNOWN(false);

    private final boolean benign;

    Diagnosis(boolean benign) {
        this.benign = benign;
    }

    public boolean benign() {
        return benign;
    }

    public boolean malignant() {
        return !benign && this != UNKNOWN;
    }
}
