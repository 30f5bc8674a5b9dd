package io.boneregistry.api.treatment;

import io.boneregistry.api.procedure.Technique;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.time.LocalDate;
import java.util.List;

public record TreatmentDecision(
        @NotNull @PastOrPresent LocalDate decidedOn,
        Boolean mdt,
        @NotNull Intent intent,
        List<@NotNull Goal> goals,
        @NotEmpty List<@NotNull Technique> plannedTechniques,
        Boolean consolidationNeeded,
        Boolean debulkingNeeded) {

    public boolean plans(Technique technique) {
        return plannedTechniques.contains(technique);
    }

    public boolean plansThermalAblation() {
        return plannedTechniques.stream().anyMatch(Technique::thermalAblation);
    }
}
