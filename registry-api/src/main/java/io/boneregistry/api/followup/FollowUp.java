package io.boneregistry.api.followup;

import io.boneregistry.api.answers.AskedWhen;
import io.boneregistry.api.answers.Supplementary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.LocalDate;

/**
 * A follow-up visit after a procedure. Nullable fields are "not known". {@code vas} is overall pain;
 * {@code neuralgiaIntensity} the neuralgia's intensity 0–10 where it persists (BM-RFI-NEURALGIA);
 * {@code treatedSiteVas} the pain at the treated site, which the pain benchmarks read when it is
 * recorded (pain from other metastases is not the treatment's failure). {@code analgesicLadderStep}
 * is the WHO analgesic ladder step taken (0 none, 1 non-opioid, 2 weak opioid, 3 strong opioid);
 * {@code ecog} the performance status; {@code imaging} the basis of {@code localRecurrence}, which,
 * when left out, the imaging finding gives ({@link #recurrence()}).
 */
public record FollowUp(
        @NotBlank String procedureId,
        @NotNull @PastOrPresent LocalDate assessedOn,
        @NotNull @Min(0) @Max(10) Integer vas,
        @PositiveOrZero Double opioidMmePerDay,
        Boolean neuralgia,
        @AskedWhen(field = "neuralgia", is = "true") @Min(0) @Max(10) Integer neuralgiaIntensity,
        Boolean localRecurrence,
        @Supplementary TumourVolumeChange tumourVolume,
        Boolean fractureAtTreatedSite,
        @NotNull VitalStatus vitalStatus,
        @Supplementary @Min(0) @Max(10) Integer treatedSiteVas,
        @Min(0) @Max(3) Integer analgesicLadderStep,
        @Min(0) @Max(4) Integer ecog,
        @Supplementary @Valid Imaging imaging) {

    /** Local recurrence as recorded, else as the imaging finding says it, else not known. */
    public Boolean recurrence() {
        if (localRecurrence != null || imaging == null) return localRecurrence;
        return imaging.finding().recurrence();
    }
}
