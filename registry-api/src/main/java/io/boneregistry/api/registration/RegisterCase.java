package io.boneregistry.api.registration;

import io.boneregistry.api.privacy.FreeText;
import io.boneregistry.api.validation.PrintableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a case. Sent again with the same case id and content, it changes nothing. */
public record RegisterCase(
        @TargetAggregateIdentifier String caseId,
        @NotNull @Valid Registration registration,
        @PrintableText @Size(max = 2000) @FreeText String justification) {
}
