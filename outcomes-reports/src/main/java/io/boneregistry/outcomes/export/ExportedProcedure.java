package io.boneregistry.outcomes.export;

import io.boneregistry.api.analysis.FollowUpRow;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import io.boneregistry.outcomes.benchmark.PainResponse;
import io.boneregistry.outcomes.benchmark.PainCourses;
import io.boneregistry.outcomes.statistics.Observation;
import io.boneregistry.outcomes.survival.SurvivalEndpoint;

/**
 * A procedure as the export writes it: its analysis row, the case's study id, and the outcomes
 * docs/outcomes.md derives from the row under the export's settings, each worked out once.
 */
public record ExportedProcedure(ProcedureRow row, String studyId, FollowUpRow assessment, boolean painEvaluable,
                                Boolean painResponder, Observation palliation, Integer deathDay) {

    public static ExportedProcedure of(ProcedureRow row, String studyId, OutcomeSettings settings) {
        FollowUpRow assessment = PainResponse.assessmentFollowUp(row, settings).orElse(null);
        boolean evaluable = assessment != null && PainResponse.hasBaseline(row);
        Boolean responder = evaluable ? PainResponse.responds(row, assessment, settings) : null;
        return new ExportedProcedure(row, studyId, assessment, evaluable, responder,
                PainCourses.duration(row, settings).orElse(null), SurvivalEndpoint.daysToDeath(row).orElse(null));
    }

    public FollowUpRow lastFollowUp() {
        return row.followUps().isEmpty() ? null : row.followUps().get(row.followUps().size() - 1);
    }
}
