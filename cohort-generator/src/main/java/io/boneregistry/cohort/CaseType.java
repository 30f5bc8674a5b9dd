package io.boneregistry.cohort;

/** The kinds of case the demo registry holds, with their share of all cases. */
public enum CaseType {
    VERTEBRAL_METASTASIS_CEMENT(30),
    VERTEBRAL_METASTASIS_RFA_CEMENT(8),
    MYELOMA_VERTEBROPLASTY(7),
    ACETABULAR_METASTASIS_CEMENT(5),
    ETHANOL_ILIAC_METASTASIS(8),
    RFA_RIB_METASTASIS(7),
    CRYO_PELVIC_METASTASIS(7),
    RF_IONIZATION_SPINAL(5),
    OSTEOID_OSTEOMA_RFA(9),
    OSTEOID_OSTEOMA_LASER(6),
    OSTEOBLASTOMA_RFA(4),
    CHONDROBLASTOMA_RFA(2),
    SMALL_METASTASIS_CURATIVE_CRYO(2);

    private final int share;

    CaseType(int share) {
        this.share = share;
    }

    static CaseType draw(java.util.Random random) {
        int total = 0;
        for (CaseType type : values()) total += type.share;
        int ticket = random.nextInt(total);
        for (CaseType type : values()) {
            ticket -= type.share;
            if (ticket < 0) return type;
        }
        throw new IllegalStateException();
    }
}
