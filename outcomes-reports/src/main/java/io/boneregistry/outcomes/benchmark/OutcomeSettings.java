package io.boneregistry.outcomes.benchmark;

import java.util.List;

/**
 * The named settings of docs/outcomes.md, each changeable per request; the defaults are the document's.
 * The CUSUM's unacceptable rate is {@code cusumOddsRatio} times the acceptable one.
 */
public record OutcomeSettings(
        int painWindowTarget,
        int painWindowFrom,
        int painWindowTo,
        double painReductionThreshold,
        int minDenominator,
        double cusumRateRatio,
        double cusumThreshold,
        int smallCellThreshold) {

    public static final double CONFIDENCE = 0.95;
    /** Success after osteoid osteoma ablation needs a follow-up on or after this day. */
    public static final int SUCCESS_FOLLOW_UP_DAY = 28;

    /** The pain window alone: what decides which follow-up is the assessment one. */
    public List<Integer> painWindow() {
        return List.of(painWindowTarget, painWindowFrom, painWindowTo);
    }

    public static OutcomeSettings defaults() {
        return new OutcomeSettings(28, 7, 56, 0.5, 10, 2.0, 4.5, 5);
    }
}
