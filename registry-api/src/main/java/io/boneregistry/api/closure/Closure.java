package io.boneregistry.api.closure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.time.LocalDate;

public record Closure(
        @NotNull @PastOrPresent LocalDate closedOn,
        @NotNull ClosureReason reason) {
}
