package io.boneregistry.outcomes.conformance;

import io.boneregistry.api.guideline.EntryKind;

import java.time.LocalDate;

public record Deviation(String caseId, String centreId, EntryKind entryKind, String entryId, LocalDate entryDate,
                        String detail, String justification) {
}
