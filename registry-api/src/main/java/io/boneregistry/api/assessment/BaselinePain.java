package io.boneregistry.api.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Pain before treatment: VAS 0–10, opioid dose in oral morphine milligram equivalents a day, neuralgia. */
public record BaselinePain(
        @NotNull @Min(0) @Max(10) Integer vas,
        @PositiveOrZero Double opioidMmePerDay,
        Boolean neuralgia) {
}
