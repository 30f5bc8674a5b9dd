package io.boneregistry.api.procedure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

public record RfIonizationStep(
        @Positive @Max(30) Integer electrodeGauge,
        @Positive Integer channels,
        boolean followedByCement) implements TechniqueStep {

    @Override
    public Technique technique() {
        return Technique.RF_IONIZATION;
    }
}
