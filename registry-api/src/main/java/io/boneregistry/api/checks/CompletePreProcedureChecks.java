package io.boneregistry.api.checks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompletePreProcedureChecks(
        @TargetAggregateIdentifier String caseId,
        @NotBlank String checksId,
        @NotNull @Valid PreProcedureChecks checks,
        @Size(max = 2000) String justification) {
}
