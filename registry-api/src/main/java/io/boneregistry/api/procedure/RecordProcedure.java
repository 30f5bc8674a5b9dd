package io.boneregistry.api.procedure;

import io.boneregistry.api.privacy.FreeText;
import io.boneregistry.api.validation.PrintableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordProcedure(
        @TargetAggregateIdentifier String caseId,
        @NotBlank String procedureId,
        @NotNull @Valid Procedure procedure,
        @PrintableText @Size(max = 2000) @FreeText String justification) {
}
