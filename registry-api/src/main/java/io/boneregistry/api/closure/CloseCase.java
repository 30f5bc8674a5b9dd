package io.boneregistry.api.closure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseCase(
        @TargetAggregateIdentifier String caseId,
        @NotNull @Valid Closure closure,
        @Size(max = 2000) String justification) {
}
