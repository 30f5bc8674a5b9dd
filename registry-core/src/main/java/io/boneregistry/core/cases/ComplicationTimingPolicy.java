package io.boneregistry.core.cases;

import io.boneregistry.api.complication.Complication;
import io.boneregistry.api.refusal.InvalidEntryException;

import java.time.LocalDate;

/**
 * A complication's timing agrees with its dates: intra-procedural ones begin on the procedure's day,
 * those within 30 days by the 30th day after it, later ones after that (CIRSE's classification of
 * adverse events by time of onset).
 */
final class ComplicationTimingPolicy {

    static final int EARLY_DAYS = 30;

    private ComplicationTimingPolicy() {
    }

    static void check(LocalDate performedOn, Complication complication) {
        if (complication.timing() == null) return;
        LocalDate onset = complication.onset();
        LocalDate lastEarlyDay = performedOn.plusDays(EARLY_DAYS);
        boolean agrees = switch (complication.timing()) {
            case INTRA_PROCEDURAL -> onset.equals(performedOn);
            case WITHIN_30_DAYS -> !onset.isAfter(lastEarlyDay);
            case LATER -> onset.isAfter(lastEarlyDay);
        };
        if (!agrees) {
            throw new InvalidEntryException("timing", complication.timing() + " does not agree with an onset on " + onset
                    + " after a procedure on " + performedOn);
        }
    }
}
