package io.boneregistry.api.treatment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DecideTreatment(
        @TargetAggregateIdentifier String caseId,
        @NotNull @Valid TreatmentDecision decision,
        @Size(max = 2000) String justification) {
}
