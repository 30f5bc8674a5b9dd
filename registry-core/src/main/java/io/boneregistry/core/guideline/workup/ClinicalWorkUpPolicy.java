package io.boneregistry.core.guideline.workup;

import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.core.guideline.AssessmentPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.WORKUP_CLINICAL;

/** R-WORKUP-CLINICAL: pain origin, previous treatments, fitness for general anaesthesia and life expectancy are recorded. */
public class ClinicalWorkUpPolicy implements AssessmentPolicy {

    @Override
    public Optional<RuleEvaluation> evaluateAssessment(Assessment assessment) {
        List<String> missing = new ArrayList<>();
        if (assessment.painOrigin() == null || assessment.painOrigin().isBlank()) missing.add("origin and site of pain");
        if (assessment.previousTreatments() == null) missing.add("previous treatments");
        if (assessment.generalAnaesthesiaPossible() == null) missing.add("whether general anaesthesia is possible");
        if (assessment.lifeExpectancyMonths() == null) missing.add("life expectancy");
        return Optional.of(missing.isEmpty()
                ? WORKUP_CLINICAL.met("pain origin, previous treatments, anaesthesia and life expectancy recorded")
                : WORKUP_CLINICAL.deviated("not recorded: " + String.join(", ", missing)));
    }
}
