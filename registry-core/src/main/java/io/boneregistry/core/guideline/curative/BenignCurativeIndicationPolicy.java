package io.boneregistry.core.guideline.curative;

import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.core.record.CaseRecord;

import java.util.ArrayList;
import java.util.List;

/** R-CURATIVE-BENIGN: osteoid osteoma, osteoblastoma under 3 cm, chondroblastoma. */
public class BenignCurativeIndicationPolicy extends CurativeIndicationPolicy {

    static final int OSTEOBLASTOMA_LIMIT_MM = 30;

    @Override
    protected GuidelineRule rule() {
        return GuidelineRule.CURATIVE_BENIGN;
    }

    @Override
    protected boolean concerns(Diagnosis diagnosis) {
        return diagnosis != null && diagnosis.benign();
    }

    @Override
    protected List<String> unmetConditions(CaseRecord record) {
        List<String> unmet = new ArrayList<>();
        Diagnosis diagnosis = record.diagnosis();
        int diameter = record.lesion().maxDiameterMm();
        if (diagnosis == Diagnosis.OTHER_BENIGN) {
            unmet.add("not a listed curative indication (osteoid osteoma, osteoblastoma under 3 cm, chondroblastoma)");
        }
        if (diagnosis == Diagnosis.OSTEOBLASTOMA && diameter >= OSTEOBLASTOMA_LIMIT_MM) {
            unmet.add("osteoblastoma of " + diameter + " mm (curative under " + OSTEOBLASTOMA_LIMIT_MM + " mm)");
        }
        return unmet;
    }
}
