package io.boneregistry.api.procedure;

import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.assessment.VertebralLevel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

public record RfIonizationStep(
        @Positive @Max(30) Integer electrodeGauge,
        @Positive Integer channels,
        Boolean followedByCement,
        LesionSite site,
        VertebralLevel level) implements TechniqueStep {

    @Override
    public Technique technique() {
        return Technique.RF_IONIZATION;
    }
}
