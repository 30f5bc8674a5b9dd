package io.boneregistry.api.followup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.LocalDate;

/** A follow-up visit after a procedure. Nullable fields are "not known". */
public record FollowUp(
        @NotBlank String procedureId,
        @NotNull @PastOrPresent LocalDate assessedOn,
        @NotNull @Min(0) @Max(10) Integer vas,
        @PositiveOrZero Double opioidMmePerDay,
        Boolean neuralgia,
        Boolean localRecurrence,
        TumourVolumeChange tumourVolume,
        Boolean fractureAtTreatedSite,
        @NotNull VitalStatus vitalStatus) {
}
