package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.answers.YesNo;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.CementoplastyStep;
import io.boneregistry.core.guideline.TechniqueStepPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.List;
import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.CEMENT_REALTIME;

/** R-CEMENT-REALTIME: "l'iniezione del cemento deve essere effettuata con imaging in real-time". */
public class CementRealTimeImagingPolicy extends TechniqueStepPolicy<CementoplastyStep> {

    public CementRealTimeImagingPolicy() {
        super(CementoplastyStep.class);
    }

    @Override
    protected Optional<RuleEvaluation> judge(CaseRecord record, List<CementoplastyStep> steps) {
        return Optional.of(CEMENT_REALTIME.judge(YesNo.all(steps.stream().map(CementoplastyStep::realTimeImaging).toArray(Boolean[]::new)),
                "cement injected under real-time imaging", "cement injected without real-time imaging",
                "real-time imaging of the cement injection not recorded"));
    }
}
