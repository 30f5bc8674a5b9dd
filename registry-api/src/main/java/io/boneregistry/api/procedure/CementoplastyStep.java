package io.boneregistry.api.procedure;

import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.assessment.VertebralLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

public record CementoplastyStep(
        @Positive @Max(30) Integer needleGauge,
        @Positive @Max(100) Double cementVolumeMl,
        Boolean realTimeImaging,
        Boolean delayedUntilNormothermia,
        @Valid Leakage leakage,
        LesionSite site,
        VertebralLevel level) implements TechniqueStep {

    @Override
    public Technique technique() {
        return Technique.CEMENTOPLASTY;
    }

    /** Whether cement was seen outside the bone: not known when the leak question was left unanswered. */
    public Boolean leaked() {
        return leakage == null ? null : leakage.observed();
    }
}
