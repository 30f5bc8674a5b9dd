package io.boneregistry.core.guideline.biopsy;

import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.guideline.GuidelineRule;

/** R-BIOPSY-CHONDROBLASTOMA: always biopsied, to tell it from clear-cell chondrosarcoma. */
public class ChondroblastomaBiopsyPolicy extends BiopsyIndicationPolicy {

    @Override
    protected GuidelineRule rule() {
        return GuidelineRule.BIOPSY_CHONDROBLASTOMA;
    }

    @Override
    protected boolean concerns(Assessment assessment) {
        return assessment.diagnosis() == Diagnosis.CHONDROBLASTOMA;
    }

    @Override
    protected Indication indicationFor(Assessment assessment) {
        return new Indication(true, "chondroblastoma must be told from clear-cell chondrosarcoma");
    }
}
