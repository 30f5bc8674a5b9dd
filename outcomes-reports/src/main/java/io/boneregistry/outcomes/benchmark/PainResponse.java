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
        FollowUpRow best = null;
        for (FollowUpRow followUp : row.followUps()) {
            if (followUp.day() < settings.painWindowFrom() || followUp.day() > settings.painWindowTo()) continue;
            int distance = Math.abs(followUp.day() - settings.painWindowTarget());
            if (best == null || distance < Math.abs(best.day() - settings.painWindowTarget())) best = followUp;
        }
        return Optional.ofNullable(best);
    }

    /** A baseline that a response can be measured against: VAS of at least 1, or some opioid. */
    public static boolean hasBaseline(ProcedureRow row) {
        return row.baselineVas() != null && row.baselineVas() >= 1
                || row.baselineOpioidMmePerDay() != null && row.baselineOpioidMmePerDay() > 0;
    }

    /** More than the threshold (strictly) less pain on VAS, or less opioid, than at baseline. */
    public static boolean responds(ProcedureRow row, FollowUpRow followUp, OutcomeSettings settings) {
        Integer b = row.baselineVas();
        Double m = row.baselineOpioidMmePerDay();
        boolean vasResponse = b != null && b >= 1 && (double) (b - followUp.vas()) / b > settings.painReductionThreshold();
        boolean opioidResponse = m != null && m > 0 && followUp.opioidMmePerDay() != null
                && (m - followUp.opioidMmePerDay()) / m > settings.painReductionThreshold();
        return vasResponse || opioidResponse;
    }
}
