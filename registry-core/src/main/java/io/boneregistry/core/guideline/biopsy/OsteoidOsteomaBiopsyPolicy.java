package io.boneregistry.core.guideline.biopsy;

import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.guideline.GuidelineRule;

/** R-BIOPSY-OSTEOID-OSTEOMA: its radiological appearance is characteristic, so no biopsy is needed. */
public class OsteoidOsteomaBiopsyPolicy extends BiopsyIndicationPolicy {

    @Override
    protected GuidelineRule rule() {
        return GuidelineRule.BIOPSY_OSTEOID_OSTEOMA;
    }

    @Override
    protected boolean concerns(Assessment assessment) {
        return assessment.diagnosis() == Diagnosis.OSTEOID_OSTEOMA;
    }

    @Override
    protected Indication indicationFor(Assessment assessment) {
        return new Indication(false, "osteoid osteoma has a characteristic radiological appearance");
    }
}
