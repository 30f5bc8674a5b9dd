package io.boneregistry.api.procedure;

import io.boneregistry.api.answers.Supplementary;
import io.boneregistry.api.answers.AskedWhen;
import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.assessment.VertebralLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import java.util.List;

public record CryoStep(
        @NotNull @Positive @Max(100) Integer probeCount,
        @Positive @Max(30) Integer probeGauge,
        @Supplementary @Positive Double probeSpacingCm,
        @NotEmpty List<@NotNull @Valid CryoCycle> cycles,
        @PositiveOrZero Double iceBallMarginMm,
        @Supplementary LesionSite site,
        @Supplementary @AskedWhen(field = "site", is = {"VERTEBRA_CERVICAL", "VERTEBRA_THORACIC", "VERTEBRA_LUMBAR"}) VertebralLevel level) implements TechniqueStep {

    @Override
    public Technique technique() {
        return Technique.CRYO;
    }
}
