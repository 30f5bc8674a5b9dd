package io.boneregistry.core.guideline.biopsy;

import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.guideline.GuidelineRule;

import java.util.EnumSet;
import java.util.Set;

/**
 * R-BIOPSY-PRIMARY: every other tumour, benign or malignant, needs histological characterisation.
 * A diagnosis still UNKNOWN falls here too.
 */
public class PrimaryTumourBiopsyPolicy extends BiopsyIndicationPolicy {

    private static final Set<Diagnosis> OTHERS = EnumSet.complementOf(
            EnumSet.of(Diagnosis.OSTEOID_OSTEOMA, Diagnosis.CHONDROBLASTOMA, Diagnosis.METASTASIS));

    @Override
    protected GuidelineRule rule() {
        return GuidelineRule.BIOPSY_PRIMARY;
    }

    @Override
    protected boolean concerns(Assessment assessment) {
        return OTHERS.contains(assessment.diagnosis());
    }

    @Override
    protected Indication indicationFor(Assessment assessment) {
        return new Indication(true, "histological characterisation is indispensable");
    }
}
