package io.boneregistry.api.biopsy;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record BiopsyDecision(
        @NotNull @PastOrPresent LocalDate decidedOn,
        @NotNull Boolean biopsy,
        @Size(max = 1000) String reason) {
}
