package io.boneregistry.api.followup;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.time.LocalDate;

/**
 * The imaging a follow-up reads: what was done, when, and what it found. It is the basis of the
 * follow-up's local recurrence (docs/outcomes.md#terms): local progression is a recurrence,
 * complete ablation is not.
 */
public record Imaging(
        @NotNull ImagingModality modality,
        @NotNull @PastOrPresent LocalDate performedOn,
        @NotNull ImagingFinding finding) {
}
