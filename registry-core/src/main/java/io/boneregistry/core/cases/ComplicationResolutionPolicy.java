package io.boneregistry.core.cases;

import io.boneregistry.api.complication.Complication;
import io.boneregistry.api.complication.ComplicationResolution;
import io.boneregistry.api.complication.ResolutionOutcome;
import io.boneregistry.api.refusal.InvalidEntryException;

/**
 * A resolution is dated unless the complication is ongoing, not before its onset; a complication
 * that ended in death is CIRSE grade 6 (the classification's own definition).
 */
final class ComplicationResolutionPolicy {

    private ComplicationResolutionPolicy() {
    }

    static void check(Complication complication) {
        ComplicationResolution resolution = complication.resolution();
        if (resolution == null) return;
        boolean ongoing = resolution.outcome() == ResolutionOutcome.ONGOING;
        if (ongoing && resolution.resolvedOn() != null) {
            throw new InvalidEntryException("resolution.resolvedOn", "an ongoing complication has no resolution date yet");
        }
        if (!ongoing && resolution.resolvedOn() == null) {
            throw new InvalidEntryException("resolution.resolvedOn", "must be given for " + resolution.outcome());
        }
        if (resolution.resolvedOn() != null && resolution.resolvedOn().isBefore(complication.onset())) {
            throw new InvalidEntryException("resolution.resolvedOn", "must not precede the onset of " + complication.onset());
        }
        if (resolution.outcome() == ResolutionOutcome.DEATH && complication.cirseGrade() != 6) {
            throw new InvalidEntryException("cirseGrade", "a complication that ended in death is CIRSE grade 6");
        }
    }
}
