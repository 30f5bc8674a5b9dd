package io.boneregistry.api.assessment;

import jakarta.validation.constraints.NotNull;

/**
 * The primary tumour of a metastasis, and the doubts that make a biopsy indispensable
 * (R-BIOPSY-METASTASIS); each doubt left out is not known.
 */
public record PrimaryTumour(
        @NotNull PrimarySite site,
        Boolean occult,
        Boolean multiplePrimaries,
        Boolean secondaryDoubtful) {

    /** The primary is not known: occult, or its site unknown; whether it is occult may itself be unknown (null). */
    public Boolean unknown() {
        return site == PrimarySite.UNKNOWN ? Boolean.TRUE : occult;
    }
}
