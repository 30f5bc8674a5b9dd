package io.boneregistry.api.othertreatment;

import io.boneregistry.api.privacy.FreeText;
import io.boneregistry.api.validation.PrintableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordOtherTreatment(
        @TargetAggregateIdentifier String caseId,
        @NotBlank String treatmentId,
        @NotNull @Valid OtherTreatment otherTreatment,
        @PrintableText @Size(max = 2000) @FreeText String justification) {
}
