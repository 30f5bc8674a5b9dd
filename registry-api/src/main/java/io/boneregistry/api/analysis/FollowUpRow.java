package io.boneregistry.api.analysis;

import io.boneregistry.api.followup.ImagingFinding;
import io.boneregistry.api.followup.ImagingModality;
import io.boneregistry.api.followup.TumourVolumeChange;
import io.boneregistry.api.followup.VitalStatus;

import java.time.LocalDate;

/**
 * A follow-up of a procedure; {@code day} counts from the procedure day (docs/outcomes.md#terms).
 * {@code localRecurrence} is the recurrence as recorded, else as the follow-up's imaging found it.
 * {@code treatedSiteVas}, when recorded, is the pain the response benchmarks read
 * ({@link #painVas()}). The ladder step, ECOG and imaging are kept by the analysis dataset only.
 */
public record FollowUpRow(
        String followUpId,
        LocalDate assessedOn,
        int day,
        int vas,
        Double opioidMmePerDay,
        Boolean neuralgia,
        Integer neuralgiaIntensity,
        Boolean localRecurrence,
        TumourVolumeChange tumourVolume,
        Boolean fractureAtTreatedSite,
        VitalStatus vitalStatus,
        Integer treatedSiteVas,
        Integer analgesicLadderStep,
        Integer ecog,
        ImagingModality imagingModality,
        ImagingFinding imagingFinding,
        Integer imagingDay) {

    /** Pain for the response benchmarks: at the treated site when recorded, else overall. */
    public int painVas() {
        return treatedSiteVas != null ? treatedSiteVas : vas;
    }

    public boolean painAtTreatedSite() {
        return treatedSiteVas != null;
    }
}
