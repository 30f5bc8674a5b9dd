package io.boneregistry.api.analysis;

import io.boneregistry.api.followup.TumourVolumeChange;
import io.boneregistry.api.followup.VitalStatus;

import java.time.LocalDate;

/** A follow-up of a procedure; {@code day} counts from the procedure day (docs/outcomes.md#terms). */
public record FollowUpRow(
        String followUpId,
        LocalDate assessedOn,
        int day,
        int vas,
        Double opioidMmePerDay,
        Boolean neuralgia,
        Boolean localRecurrence,
        TumourVolumeChange tumourVolume,
        Boolean fractureAtTreatedSite,
        VitalStatus vitalStatus) {
}
