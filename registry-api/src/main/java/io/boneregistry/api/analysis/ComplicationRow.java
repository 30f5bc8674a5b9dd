package io.boneregistry.api.analysis;

import io.boneregistry.api.complication.ComplicationType;

import java.time.LocalDate;

public record ComplicationRow(String complicationId, LocalDate onset, int day, ComplicationType type, int cirseGrade) {
}
