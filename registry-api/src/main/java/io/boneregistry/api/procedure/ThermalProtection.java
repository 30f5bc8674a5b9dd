package io.boneregistry.api.procedure;

import io.boneregistry.api.answers.Supplementary;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How nearby structures were protected from heat or cold, and what temperature was monitored there. */
public record ThermalProtection(
        @NotNull ProtectionMethod method,
        Boolean thermocouple,
        @Supplementary @Min(-200) @Max(200) Double maxMonitoredTemperatureC) {
}
