package io.boneregistry.core.guideline.workup;

import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.core.guideline.AssessmentPolicy;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.WORKUP_IMAGING;

/** R-WORKUP-IMAGING: the lesion is studied on total-body CT/MR with 3D imaging. */
public class TotalBodyImagingPolicy implements AssessmentPolicy {

    @Override
    public Optional<RuleEvaluation> evaluateAssessment(Assessment assessment) {
        return Optional.of(WORKUP_IMAGING.judge(assessment.totalBodyImaging3d(),
                "3D total-body CT/MR assessment done",
                "no 3D total-body CT/MR assessment",
                "3D total-body CT/MR assessment not recorded"));
    }
}
