package io.boneregistry.api.followup;

import io.boneregistry.api.privacy.FreeText;
import io.boneregistry.api.validation.PrintableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordFollowUp(
        @TargetAggregateIdentifier String caseId,
        @NotBlank String followUpId,
        @NotNull @Valid FollowUp followUp,
        @PrintableText @Size(max = 2000) @FreeText String justification) {
}
