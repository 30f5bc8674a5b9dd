package io.boneregistry.outcomes.benchmark;

import io.boneregistry.api.analysis.FollowUpRow;
import io.boneregistry.api.analysis.ProcedureRow;

import java.util.Optional;

/** docs/outcomes.md#terms: the assessment follow-up, a baseline to compare with, and what counts as a response. */
public final class PainResponse {

    private PainResponse() {
    }

    /** The follow-up closest to the target day within the window, inclusive; the earlier on a tie. */
    public static Optional<FollowUpRow> assessmentFollowUp(ProcedureRow row, OutcomeSettings settings) {
        int best = assessmentIndex(row, settings);
        return best < 0 ? Optional.empty() : Optional.of(row.followUps().get(best));
    }

    /** The assessment follow-up's place among the row's follow-ups, or -1 when none is in the window. */
    static int assessmentIndex(ProcedureRow row, OutcomeSettings settings) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < row.followUps().size(); i++) {
            int day = row.followUps().get(i).day();
            if (day < settings.painWindowFrom() || day > settings.painWindowTo()) continue;
            int distance = Math.abs(day - settings.painWindowTarget());
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** A baseline that a response can be measured against: VAS of at least 1, or some opioid. */
    public static boolean hasBaseline(ProcedureRow row) {
        return row.baselineVas() != null && row.baselineVas() >= 1
                || row.baselineOpioidMmePerDay() != null && row.baselineOpioidMmePerDay() > 0;
    }

    /**
     * More than the threshold of the procedure's technique (strictly) less pain on VAS, or less
     * opioid, than at baseline. The VAS read is the treated site's when the follow-up records it,
     * else the overall one.
     */
    public static boolean responds(ProcedureRow row, FollowUpRow followUp, OutcomeSettings settings) {
        return reduction(row, followUp) > settings.responderThreshold(row);
    }

    /**
     * The larger of the two reductions from baseline, as fractions of it: VAS and opioid dose (a
     * reduction without its baseline, or a dose not recorded, is none). A response is a reduction
     * above the threshold, so one number per follow-up answers every threshold.
     */
    static double reduction(ProcedureRow row, FollowUpRow followUp) {
        Integer b = row.baselineVas();
        Double m = row.baselineOpioidMmePerDay();
        double vas = b != null && b >= 1 ? (double) (b - followUp.painVas()) / b : Double.NEGATIVE_INFINITY;
        double opioid = m != null && m > 0 && followUp.opioidMmePerDay() != null
                ? (m - followUp.opioidMmePerDay()) / m : Double.NEGATIVE_INFINITY;
        return Math.max(vas, opioid);
    }
}
