package io.boneregistry.api.biopsy;

import io.boneregistry.api.answers.AskedWhen;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.procedure.Guidance;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.time.LocalDate;

/** An image-guided biopsy; a conclusive one names the histology, which then is the case's diagnosis. */
public record BiopsyResult(
        @NotNull @PastOrPresent LocalDate performedOn,
        @NotNull Guidance guidance,
        @AskedWhen(field = "conclusive", is = "true") Diagnosis histology,
        @NotNull Boolean conclusive) {
}
