package io.boneregistry.api.cases;

import io.boneregistry.api.privacy.FreeText;
import java.time.Instant;

/** One event of a case as the audit trail shows it: what was recorded, when, by whom and why. */
public record HistoryEntry(
        long sequence,
        String type,
        String revision,
        Instant recordedAt,
        String recordedBy,
        String recordedByName,
        String role,
        String centreId,
        @FreeText String reasonForChange,
        String correlationId,
        Object payload) {
}
