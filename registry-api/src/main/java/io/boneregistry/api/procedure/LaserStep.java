package io.boneregistry.api.procedure;

import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.assessment.VertebralLevel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

public record LaserStep(
        @NotNull @Positive @Max(100) Integer fibreCount,
        @Positive Integer fibreDiameterUm,
        @Positive Double powerW,
        @Positive Double durationMin,
        @Positive Double fibreSpacingCm,
        LesionSite site,
        VertebralLevel level) implements TechniqueStep {

    @Override
    public Technique technique() {
        return Technique.LASER;
    }
}
