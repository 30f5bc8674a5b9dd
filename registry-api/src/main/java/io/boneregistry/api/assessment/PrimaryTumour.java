package io.boneregistry.api.assessment;

import jakarta.validation.constraints.NotNull;

/** The primary tumour of a metastasis, and the doubts that make a biopsy indispensable (R-BIOPSY-METASTASIS). */
public record PrimaryTumour(
        @NotNull PrimarySite site,
        boolean occult,
        boolean multiplePrimaries,
        boolean secondaryDoubtful) {

    /** The primary is not known: occult, or its site unknown. */
    public boolean unknown() {
        return occult || site == PrimarySite.UNKNOWN;
    }
}
