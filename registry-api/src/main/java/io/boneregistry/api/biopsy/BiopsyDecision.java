package io.boneregistry.api.biopsy;

import io.boneregistry.api.answers.Supplementary;
import io.boneregistry.api.privacy.FreeText;
import io.boneregistry.api.validation.PrintableText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record BiopsyDecision(
        @NotNull @PastOrPresent LocalDate decidedOn,
        @NotNull Boolean biopsy,
        @Supplementary @PrintableText @Size(max = 1000) @FreeText String reason) {
}
