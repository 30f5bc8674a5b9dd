package io.boneregistry.api.procedure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

public record CementoplastyStep(
        @Positive @Max(30) Integer needleGauge,
        @Positive @Max(100) Double cementVolumeMl,
        boolean realTimeImaging,
        boolean delayedUntilNormothermia,
        @Valid Leakage leakage) implements TechniqueStep {

    @Override
    public Technique technique() {
        return Technique.CEMENTOPLASTY;
    }

    public boolean leaked() {
        return leakage != null && leakage.observed();
    }
}
