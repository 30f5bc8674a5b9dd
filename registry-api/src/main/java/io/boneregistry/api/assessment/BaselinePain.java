package io.boneregistry.api.assessment;

import io.boneregistry.api.answers.AskedWhen;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Pain before treatment: VAS 0–10, opioid dose in oral morphine milligram equivalents a day,
 * neuralgia and, where there is one, its intensity 0–10 (BM-RFI-NEURALGIA reads its reduction).
 */
public record BaselinePain(
        @NotNull @Min(0) @Max(10) Integer vas,
        @PositiveOrZero Double opioidMmePerDay,
        Boolean neuralgia,
        @AskedWhen(field = "neuralgia", is = "true") @Min(0) @Max(10) Integer neuralgiaIntensity) {
}
