package io.boneregistry.api.analysis;

import io.boneregistry.api.complication.ComplicationTiming;
import io.boneregistry.api.complication.ComplicationType;
import io.boneregistry.api.complication.ResolutionOutcome;
import io.boneregistry.api.privacy.FreeText;

import java.time.LocalDate;

/**
 * A complication of a procedure; {@code day} counts from the procedure day; {@code description} is
 * free text. The step it followed (1-based), its timing and how it ended, with the day it ended
 * counted from the procedure day, are kept by the analysis dataset only.
 */
public record ComplicationRow(String complicationId, LocalDate onset, int day, ComplicationType type, int cirseGrade,
                             @FreeText String description, Integer followsStep, ComplicationTiming timing,
                             ResolutionOutcome resolution, Integer resolvedDay) {

    /** As the statistics tables keep it: what the benchmarks count, nothing else. */
    public ComplicationRow(String complicationId, LocalDate onset, int day, ComplicationType type, int cirseGrade) {
        this(complicationId, onset, day, type, cirseGrade, null, null, null, null, null);
    }
}
