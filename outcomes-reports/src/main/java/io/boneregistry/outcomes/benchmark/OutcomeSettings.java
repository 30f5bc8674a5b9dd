package io.boneregistry.outcomes.benchmark;

import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.procedure.Technique;

import java.util.List;

/**
 * The named settings of docs/outcomes.md, each changeable per request; the defaults are the document's.
 * The CUSUM's unacceptable rate is {@code cusumOddsRatio} times the acceptable one. A pain response
 * is a reduction above the threshold of the benchmark's own text (docs/outcomes.md#responders): the
 * ">50 %" the text gives for cementoplasty and palliative RFA ({@code painReductionThreshold}), any
 * decrease for ethanol ("una diminuzione del dolore", {@code ethanolPainReductionThreshold} 0), and
 * for cryoablation's undefined "significativo sollievo" the same 50 % by default. Recurrence needs a
 * follow-up reaching {@code recurrenceFollowUpDays} unless it recurred before; complications count
 * within {@code complicationWindowDays} of the procedure.
 */
public record OutcomeSettings(
        int painWindowTarget,
        int painWindowFrom,
        int painWindowTo,
        double painReductionThreshold,
        int minDenominator,
        double cusumRateRatio,
        double cusumThreshold,
        int smallCellThreshold,
        double ethanolPainReductionThreshold,
        double cryoPainReductionThreshold,
        int recurrenceFollowUpDays,
        int complicationWindowDays) {

    public static final double CONFIDENCE = 0.95;
    /** Success after osteoid osteoma ablation needs a follow-up on or after this day. */
    public static final int SUCCESS_FOLLOW_UP_DAY = 28;
    public static final double ETHANOL_PAIN_REDUCTION = 0.0;
    public static final int RECURRENCE_FOLLOW_UP_DAYS = 180;
    public static final int COMPLICATION_WINDOW_DAYS = 30;

    /** These settings, the ones this constructor leaves out at their defaults. */
    public OutcomeSettings(int painWindowTarget, int painWindowFrom, int painWindowTo, double painReductionThreshold, int minDenominator,
                           double cusumRateRatio, double cusumThreshold, int smallCellThreshold) {
        this(painWindowTarget, painWindowFrom, painWindowTo, painReductionThreshold, minDenominator, cusumRateRatio, cusumThreshold,
                smallCellThreshold, ETHANOL_PAIN_REDUCTION, painReductionThreshold, RECURRENCE_FOLLOW_UP_DAYS, COMPLICATION_WINDOW_DAYS);
    }

    /** The pain window alone: what decides which follow-up is the assessment one. */
    public List<Integer> painWindow() {
        return List.of(painWindowTarget, painWindowFrom, painWindowTo);
    }

    /** The reduction a pain benchmark's response must exceed. */
    public double responderThreshold(Benchmark benchmark) {
        return responderThreshold(benchmark.technique());
    }

    /** The reduction a response to this technique must exceed: ethanol's, cryoablation's, or the text's 50 % for the others. */
    public double responderThreshold(Technique technique) {
        return switch (technique) {
            case ETHANOL -> ethanolPainReductionThreshold;
            case CRYO -> cryoPainReductionThreshold;
            default -> painReductionThreshold;
        };
    }

    /**
     * A procedure's response as a row of the export shows it: by ethanol's definition when it
     * injected ethanol, else cryoablation's when it froze, else the 50 % (a combined procedure is
     * counted by each of its benchmarks' own; the row shows one).
     */
    public double responderThreshold(ProcedureRow row) {
        if (row.uses(Technique.ETHANOL)) return ethanolPainReductionThreshold;
        if (row.uses(Technique.CRYO)) return cryoPainReductionThreshold;
        return painReductionThreshold;
    }

    /** From the procedure day to {@code complicationWindowDays} after it, inclusive (docs/outcomes.md#complication-window). */
    public boolean withinComplicationWindow(int day) {
        return day >= 0 && day <= complicationWindowDays;
    }

    public static OutcomeSettings defaults() {
        return new OutcomeSettings(28, 7, 56, 0.5, 10, 2.0, 4.5, 5);
    }
}
