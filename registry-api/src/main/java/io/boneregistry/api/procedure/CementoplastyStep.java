package io.boneregistry.api.procedure;

import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.assessment.VertebralLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

public record CementoplastyStep(
        @Positive @Max(30) Integer needleGauge,
        @Positive @Max(100) Double cementVolumeMl,
        boolean realTimeImaging,
        boolean delayedUntilNormothermia,
        @Valid Leakage leakage,
        LesionSite site,
        VertebralLevel level) implements TechniqueStep {

    @Override
    public Technique technique() {
        return Technique.CEMENTOPLASTY;
    }

    public boolean leaked() {
        return leakage != null && leakage.observed();
    }
}
