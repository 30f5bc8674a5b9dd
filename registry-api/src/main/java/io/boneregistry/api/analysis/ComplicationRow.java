package io.boneregistry.api.analysis;

import io.boneregistry.api.complication.ComplicationType;
import io.boneregistry.api.privacy.FreeText;

import java.time.LocalDate;

/** A complication of a procedure; {@code day} counts from the procedure day; {@code description} is free text. */
public record ComplicationRow(String complicationId, LocalDate onset, int day, ComplicationType type, int cirseGrade,
                             @FreeText String description) {
}
