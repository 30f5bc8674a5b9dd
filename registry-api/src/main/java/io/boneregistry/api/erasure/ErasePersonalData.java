package io.boneregistry.api.erasure;

import io.boneregistry.api.privacy.FreeText;
import io.boneregistry.api.validation.PrintableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A registry manager's order to make the patient's personal fields of a case unreadable for good. */
public record ErasePersonalData(
        @TargetAggregateIdentifier String caseId,
        @NotBlank @PrintableText @Size(max = 500) @FreeText String reason) {
}
