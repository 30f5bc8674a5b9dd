package io.boneregistry.api.cases;

import java.time.LocalDate;

/** The most recent pain reading: the latest follow-up's, or the baseline before any. */
public record LatestPain(Integer vas, Double opioidMmePerDay, LocalDate assessedOn) {
}
