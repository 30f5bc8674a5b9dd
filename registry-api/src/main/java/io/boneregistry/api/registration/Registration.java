package io.boneregistry.api.registration;

import io.boneregistry.api.privacy.Identifying;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/**
 * Who the case belongs to, de-identified at the source: a pseudonym the centre keeps the key to,
 * and a birth year, never a name, record number or birth date.
 */
public record Registration(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{1,39}", message = "letters, digits and '-' only, 2 to 40 characters")
        String centreId,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{2,39}", message = "a pseudonym: letters, digits and '-' only, 3 to 40 characters")
        @Identifying String patientPseudonym,
        @NotNull @Min(1900) @Max(2100) @Identifying Integer birthYear,
        @NotNull Sex sex,
        @NotNull @PastOrPresent LocalDate referralDate) {
}
