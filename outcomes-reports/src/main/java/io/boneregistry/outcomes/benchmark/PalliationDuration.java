package io.boneregistry.outcomes.benchmark;

import io.boneregistry.api.analysis.FollowUpRow;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.outcomes.statistics.Observation;

import java.util.List;
import java.util.Optional;

/**
 * How long a pain response lasts, in weeks from the procedure day: ended at the first follow-up
 * after the assessment follow-up that is no longer a response, else censored at the last
 * follow-up. Only responders have a duration.
 */
public final class PalliationDuration {

    private PalliationDuration() {
    }

    public static Optional<Observation> of(ProcedureRow row, OutcomeSettings settings) {
        if (!PainResponse.hasBaseline(row)) return Optional.empty();
        Optional<FollowUpRow> assessment = PainResponse.assessmentFollowUp(row, settings);
        if (assessment.isEmpty() || !PainResponse.responds(row, assessment.get(), settings)) return Optional.empty();
        List<FollowUpRow> followUps = row.followUps();
        List<FollowUpRow> later = followUps.subList(followUps.indexOf(assessment.get()) + 1, followUps.size());
        for (FollowUpRow followUp : later) {
            if (!PainResponse.responds(row, followUp, settings)) return Optional.of(Observation.event(weeks(followUp)));
        }
        return Optional.of(Observation.censored(weeks(followUps.get(followUps.size() - 1))));
    }

    private static double weeks(FollowUpRow followUp) {
        return followUp.day() / 7.0;
    }
}
