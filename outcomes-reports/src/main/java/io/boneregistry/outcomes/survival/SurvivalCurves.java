package io.boneregistry.outcomes.survival;

import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import io.boneregistry.outcomes.statistics.AalenJohansen;
import io.boneregistry.outcomes.statistics.KaplanMeier;
import io.boneregistry.outcomes.statistics.Observation;
import io.boneregistry.outcomes.statistics.SurvivalStep;

import java.util.List;

/** Survival analysis of index procedures for one endpoint (docs/outcomes.md#time-to-event). */
public final class SurvivalCurves {

    private SurvivalCurves() {
    }

    public static SurvivalCurve of(SurvivalEndpoint endpoint, List<ProcedureRow> rows, List<Double> atTimes, OutcomeSettings settings) {
        return of(endpoint, endpoint.observer(rows.stream().filter(ProcedureRow::index).toList(), settings).observe(settings), atTimes);
    }

    /** The curve of an endpoint's observations. */
    public static SurvivalCurve of(SurvivalEndpoint endpoint, List<Observation> observations, List<Double> atTimes) {
        KaplanMeier.Estimate estimate = KaplanMeier.estimate(observations, OutcomeSettings.CONFIDENCE);
        int competing = (int) observations.stream().filter(o -> o.cause() == 2).count();
        List<AtRisk> atRisk = atTimes.stream().map(time -> new AtRisk(time, estimate.atRisk(time))).toList();
        return new SurvivalCurve(endpoint, "weeks", observations.size(), estimate.events(), competing, estimate.steps(),
                estimate.median(), observations.isEmpty() ? null : estimate.median95(), atRisk,
                competing == 0 ? null : incidence(observations, estimate.steps()));
    }

    private static List<IncidencePoint> incidence(List<Observation> observations, List<SurvivalStep> kaplanMeier) {
        List<AalenJohansen.Step> steps = AalenJohansen.cumulativeIncidence(observations);
        return steps.stream().map(step -> new IncidencePoint(step.time(), step.cumulativeIncidence(),
                1 - kaplanMeier.stream().filter(km -> km.time() == step.time()).findFirst().orElseThrow().survival())).toList();
    }
}
