package io.boneregistry.api.complication;

import io.boneregistry.api.answers.Supplementary;
import io.boneregistry.api.privacy.FreeText;
import io.boneregistry.api.validation.PrintableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * An adverse event after a procedure, graded on the CIRSE classification (1 to 6, 6 being death);
 * optionally the technique step it followed (counted from 1 in the procedure's order), when it began
 * against the procedure, and how it ended (recorded, or amended in, once known).
 */
public record Complication(
        @NotNull @PastOrPresent LocalDate onset,
        @NotNull ComplicationType type,
        @NotNull @Min(1) @Max(6) Integer cirseGrade,
        @Supplementary @PrintableText @Size(max = 2000) @FreeText String description,
        @Supplementary @Min(1) Integer followsStep,
        ComplicationTiming timing,
        @Valid ComplicationResolution resolution) {

    /** A complication as first seen: nothing yet about its step, timing or end. */
    public Complication(LocalDate onset, ComplicationType type, Integer cirseGrade, String description) {
        this(onset, type, cirseGrade, description, null, null, null);
    }
}
