package io.boneregistry.api.biopsy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DecideBiopsy(
        @TargetAggregateIdentifier String caseId,
        @NotNull @Valid BiopsyDecision decision,
        @Size(max = 2000) String justification) {
}
