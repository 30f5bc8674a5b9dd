package io.boneregistry.api.othertreatment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.time.LocalDate;

/**
 * Another treatment the patient had, and the day it started: radiotherapy, systemic therapy,
 * surgery or fixation, or a re-treatment of the same lesion. Any of them can relieve pain, so the
 * benchmarks can leave out procedures whose follow-up it falls in (docs/outcomes.md#filters).
 */
public record OtherTreatment(
        @NotNull OtherTreatmentKind kind,
        @NotNull @PastOrPresent LocalDate startedOn) {
}
