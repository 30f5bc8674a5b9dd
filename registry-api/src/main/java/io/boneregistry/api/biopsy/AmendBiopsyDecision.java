package io.boneregistry.api.biopsy;

import io.boneregistry.api.privacy.FreeText;
import io.boneregistry.api.validation.PrintableText;
import io.boneregistry.api.audit.Amendment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AmendBiopsyDecision(
        @TargetAggregateIdentifier String caseId,
        @NotNull @Valid BiopsyDecision decision,
        @NotBlank @PrintableText @Size(max = 2000) @FreeText String reasonForChange,
        @PrintableText @Size(max = 2000) @FreeText String justification) implements Amendment {
}
