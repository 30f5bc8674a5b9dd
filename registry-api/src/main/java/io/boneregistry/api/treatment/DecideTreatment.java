package io.boneregistry.api.treatment;

import io.boneregistry.api.privacy.FreeText;
import io.boneregistry.api.validation.PrintableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DecideTreatment(
        @TargetAggregateIdentifier String caseId,
        @NotNull @Valid TreatmentDecision decision,
        @PrintableText @Size(max = 2000) @FreeText String justification) {
}
