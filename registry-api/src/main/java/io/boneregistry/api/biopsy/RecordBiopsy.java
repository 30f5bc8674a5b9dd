package io.boneregistry.api.biopsy;

import io.boneregistry.api.privacy.FreeText;
import io.boneregistry.api.validation.PrintableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordBiopsy(
        @TargetAggregateIdentifier String caseId,
        @NotNull @Valid BiopsyResult biopsy,
        @PrintableText @Size(max = 2000) @FreeText String justification) {
}
