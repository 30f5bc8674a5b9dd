package io.boneregistry.outcomes.export;

import io.boneregistry.api.analysis.FollowUpRow;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.complication.ComplicationType;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import io.boneregistry.outcomes.benchmark.PainResponse;
import io.boneregistry.outcomes.benchmark.PainCourses;
import io.boneregistry.outcomes.statistics.Observation;
import io.boneregistry.outcomes.survival.SurvivalEndpoint;

import java.util.stream.Collectors;

/**
 * A procedure as the export writes it: its analysis row, the case's study id, and the outcomes
 * docs/outcomes.md derives from the row under the export's settings, each worked out once.
 */
public record ExportedProcedure(ProcedureRow row, String studyId, FollowUpRow assessment, boolean painEvaluable,
                                Boolean painResponder, Observation palliation, Integer deathDay, OutcomeSettings settings) {

    public static ExportedProcedure of(ProcedureRow row, String studyId, OutcomeSettings settings) {
        FollowUpRow assessment = PainResponse.assessmentFollowUp(row, settings).orElse(null);
        boolean evaluable = assessment != null && PainResponse.hasBaseline(row);
        Boolean responder = evaluable ? PainResponse.responds(row, assessment, settings) : null;
        return new ExportedProcedure(row, studyId, assessment, evaluable, responder,
                PainCourses.duration(row, settings).orElse(null), SurvivalEndpoint.daysToDeath(row).orElse(null), settings);
    }

    /** A complication of the type that began within the complication window (docs/outcomes.md#complication-window). */
    public boolean complicatedWithinWindow(ComplicationType type) {
        return row.complications().stream().anyMatch(c -> c.type() == type && settings.withinComplicationWindow(c.day()));
    }

    public String complicationsAfterWindow() {
        return row.complications().stream().filter(c -> c.day() > settings.complicationWindowDays()).map(c -> c.type().name()).distinct()
                .collect(Collectors.joining(";"));
    }

    public boolean treatedSiteFractureWithinWindow() {
        return row.followUps().stream().anyMatch(f -> Boolean.TRUE.equals(f.fractureAtTreatedSite()) && settings.withinComplicationWindow(f.day()));
    }

    public FollowUpRow lastFollowUp() {
        return row.followUps().isEmpty() ? null : row.followUps().get(row.followUps().size() - 1);
    }
}
