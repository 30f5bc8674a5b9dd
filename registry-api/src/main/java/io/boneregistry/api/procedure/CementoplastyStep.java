package io.boneregistry.api.procedure;

import io.boneregistry.api.answers.Supplementary;
import io.boneregistry.api.answers.AskedWhen;
import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.assessment.VertebralLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

public record CementoplastyStep(
        @Positive @Max(30) Integer needleGauge,
        @Positive @Max(100) Double cementVolumeMl,
        Boolean realTimeImaging,
        @AskedWhen(field = "/steps[].technique", is = {"RFA", "CRYO"}) Boolean delayedUntilNormothermia,
        @Valid Leakage leakage,
        @Supplementary LesionSite site,
        @Supplementary @AskedWhen(field = "site", is = {"VERTEBRA_CERVICAL", "VERTEBRA_THORACIC", "VERTEBRA_LUMBAR"}) VertebralLevel level) implements TechniqueStep {

    @Override
    public Technique technique() {
        return Technique.CEMENTOPLASTY;
    }

    /** Whether cement was seen outside the bone: not known when the leak question was left unanswered. */
    public Boolean leaked() {
        return leakage == null ? null : leakage.observed();
    }
}
