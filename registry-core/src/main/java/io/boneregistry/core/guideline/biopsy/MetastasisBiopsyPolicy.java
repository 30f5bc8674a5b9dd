package io.boneregistry.core.guideline.biopsy;

import io.boneregistry.api.answers.YesNo;
import io.boneregistry.core.guideline.UnknownAnswers;

import java.util.List;
import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.assessment.PrimaryTumour;
import io.boneregistry.api.guideline.GuidelineRule;

/**
 * R-BIOPSY-METASTASIS: no biopsy for a metastasis of a known primary; indispensable with an occult
 * primary (or none recorded), several primaries, or doubt that the lesion is secondary to it.
 */
public class MetastasisBiopsyPolicy extends BiopsyIndicationPolicy {

    @Override
    protected GuidelineRule rule() {
        return GuidelineRule.BIOPSY_METASTASIS;
    }

    @Override
    protected boolean concerns(Assessment assessment) {
        return assessment.diagnosis() == Diagnosis.METASTASIS;
    }

    @Override
    protected Indication indicationFor(Assessment assessment) {
        PrimaryTumour primary = assessment.primaryTumour();
        if (primary == null || YesNo.yes(primary.unknown())) return new Indication(true, "occult primary");
        if (YesNo.yes(primary.multiplePrimaries())) return new Indication(true, "several primary tumours");
        if (YesNo.yes(primary.secondaryDoubtful())) return new Indication(true, "doubt the lesion is secondary to the known primary");
        List<String> unknown = UnknownAnswers.among("whether the primary is occult", primary.unknown(),
                "whether there are several primaries", primary.multiplePrimaries(),
                "whether the lesion is doubtfully secondary", primary.secondaryDoubtful());
        if (!unknown.isEmpty()) return new Indication(null, UnknownAnswers.notRecorded(unknown));
        return new Indication(false, "metastasis of a known " + primary.site().name().toLowerCase() + " primary");
    }
}
