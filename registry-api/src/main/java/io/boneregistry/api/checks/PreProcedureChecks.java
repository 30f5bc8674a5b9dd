package io.boneregistry.api.checks;

import io.boneregistry.api.answers.Supplementary;
import io.boneregistry.api.answers.AskedWhen;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.LocalDate;

/**
 * Laboratory values and preparations before a procedure (R-PREP-*). Each value is optional; the
 * "normal" flags are the clinician's reading of them against the local laboratory's ranges.
 * Units: PT and PTT in seconds, platelets and white cells in 10^9/L. The consent's date and whether
 * its risks and alternatives were discussed (R-PREP-CONSENT) are "not known" when absent.
 */
public record PreProcedureChecks(
        @NotNull @PastOrPresent LocalDate checkedOn,
        @NotNull Boolean coagulationNormal,
        @Supplementary @PositiveOrZero Double pt,
        @Supplementary @PositiveOrZero Double ptt,
        @Supplementary @PositiveOrZero Double inr,
        @NotNull Boolean plateletsNormal,
        @Supplementary @PositiveOrZero Double platelets,
        @NotNull Boolean whiteCellsNormal,
        @Supplementary @PositiveOrZero Double whiteCells,
        @NotNull Boolean infectionsScreened,
        @NotNull Boolean infectionsResolved,
        @NotNull Boolean writtenConsent,
        Boolean antibioticProphylaxis,
        @AskedWhen(field = "writtenConsent", is = "true") @PastOrPresent LocalDate consentedOn,
        @AskedWhen(field = "writtenConsent", is = "true") Boolean risksAndAlternativesDiscussed) {
}
