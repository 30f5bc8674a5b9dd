package io.boneregistry.api.assessment;

import io.boneregistry.api.answers.AskedWhen;
import io.boneregistry.api.privacy.FreeText;
import io.boneregistry.api.validation.PrintableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The work-up of a case: working diagnosis, the index lesion, the patient's condition and pain.
 * The optional clinical fields are the ones R-WORKUP-CLINICAL asks to be recorded; leaving them
 * out is a deviation, not an error. Whether the patient refuses surgery and whether conventional
 * analgesia controls the pain are what RFA's indications turn on (R-CURATIVE-MALIGNANT,
 * R-RFA-PALLIATIVE-PAIN); unknown when left out.
 */
public record Assessment(
        @NotNull @PastOrPresent LocalDate assessedOn,
        @NotNull Diagnosis diagnosis,
        @NotNull DiagnosisBasis diagnosisBasis,
        @AskedWhen(field = "diagnosis", is = "METASTASIS") @Valid PrimaryTumour primaryTumour,
        @NotNull @Min(1) @Max(1000) Integer localisationCount,
        @NotNull @Valid Lesion lesion,
        Boolean totalBodyImaging3d,
        @PrintableText @Size(max = 500) @FreeText String painOrigin,
        List<@NotNull PreviousTreatment> previousTreatments,
        Boolean generalAnaesthesiaPossible,
        @PositiveOrZero @Max(1200) Integer lifeExpectancyMonths,
        Boolean surgicalCandidate,
        @NotNull @Valid BaselinePain baselinePain,
        @AskedWhen(field = "surgicalCandidate", is = "true") Boolean refusesSurgery,
        Boolean painControlledByConventionalAnalgesia) {
}
