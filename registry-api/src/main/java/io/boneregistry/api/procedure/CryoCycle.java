package io.boneregistry.api.procedure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** One freeze and the thaw after it, in minutes. */
public record CryoCycle(
        @NotNull @PositiveOrZero Double freezeMin,
        @NotNull @PositiveOrZero Double thawMin) {
}
