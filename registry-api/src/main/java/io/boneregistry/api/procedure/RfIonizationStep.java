package io.boneregistry.api.procedure;

import io.boneregistry.api.answers.Supplementary;
import io.boneregistry.api.answers.AskedWhen;
import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.assessment.VertebralLevel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

public record RfIonizationStep(
        @Positive @Max(30) Integer electrodeGauge,
        @Positive Integer channels,
        Boolean followedByCement,
        @Supplementary LesionSite site,
        @Supplementary @AskedWhen(field = "site", is = {"VERTEBRA_CERVICAL", "VERTEBRA_THORACIC", "VERTEBRA_LUMBAR"}) VertebralLevel level) implements TechniqueStep {

    @Override
    public Technique technique() {
        return Technique.RF_IONIZATION;
    }
}
