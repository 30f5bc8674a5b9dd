package io.boneregistry.core.guideline.biopsy;

import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.guideline.GuidelineRule;

import java.util.EnumSet;
import java.util.Set;

/**
 * R-BIOPSY-PRIMARY: "Per molti altri, quali tumori benigni o maligni primitivi, una caratterizzazione
 * istologica è indispensabile" — binding for the primary tumours it names, advice for the rest of the
 * diagnoses that are neither osteoid osteoma, chondroblastoma nor metastasis (myeloma, lymphoma, unknown).
 */
public class PrimaryTumourBiopsyPolicy extends BiopsyIndicationPolicy {

    private static final Set<Diagnosis> OTHERS = EnumSet.complementOf(
            EnumSet.of(Diagnosis.OSTEOID_OSTEOMA, Diagnosis.CHONDROBLASTOMA, Diagnosis.METASTASIS));
    /** The benign and malignant primary bone tumours "tumori benigni o maligni primitivi" names. */
    private static final Set<Diagnosis> NAMED_PRIMARIES = EnumSet.of(Diagnosis.OSTEOBLASTOMA, Diagnosis.OTHER_BENIGN,
            Diagnosis.PRIMARY_MALIGNANT);

    @Override
    protected GuidelineRule rule() {
        return GuidelineRule.BIOPSY_PRIMARY;
    }

    @Override
    protected boolean concerns(Assessment assessment) {
        return OTHERS.contains(assessment.diagnosis());
    }

    /**
     * "Per molti altri, quali tumori benigni o maligni primitivi": indispensable for the primary bone
     * tumours the sentence names (benign or malignant primaries); "molti" is not "all", so for the other
     * diagnoses it reaches (myeloma, lymphoma, a diagnosis still unknown) the registry advises a biopsy
     * and does not count its absence as a deviation.
     */
    @Override
    protected Indication indicationFor(Assessment assessment) {
        if (NAMED_PRIMARIES.contains(assessment.diagnosis())) return new Indication(true, "histological characterisation is indispensable");
        return new Indication(true, "histological characterisation is advised (\"molti altri\")", true);
    }
}
