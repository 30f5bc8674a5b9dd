package io.boneregistry.api.complication;

import io.boneregistry.api.answers.AskedWhen;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.time.LocalDate;

/** How a complication ended and when; an ongoing one has no date yet. */
public record ComplicationResolution(
        @NotNull ResolutionOutcome outcome,
        @AskedWhen(field = "outcome", is = {"RESOLVED", "RESOLVED_WITH_SEQUELAE", "DEATH"}) @PastOrPresent LocalDate resolvedOn) {
}
