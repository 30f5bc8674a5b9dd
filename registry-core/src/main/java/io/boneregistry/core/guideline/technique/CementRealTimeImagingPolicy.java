package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.answers.YesNo;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.CementoplastyStep;
import io.boneregistry.api.procedure.Guidance;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.boneregistry.api.guideline.GuidelineRule.CEMENT_REALTIME;

/**
 * R-CEMENT-REALTIME: "l'iniezione del cemento deve essere effettuata con imaging in real-time
 * (fluoroscopica in laterale e multislice Fluoro-TC)" — every cement step injected under real-time
 * imaging, and the session guided by one of the two the sentence names: fluoroscopy or CT fluoroscopy
 * (CT or cone-beam CT alone are not real time).
 */
public class CementRealTimeImagingPolicy implements ProcedurePolicy {

    private static final Set<Guidance> REAL_TIME = EnumSet.of(Guidance.FLUOROSCOPY, Guidance.CT_FLUOROSCOPY);

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        List<CementoplastyStep> steps = procedure.steps(CementoplastyStep.class).toList();
        if (steps.isEmpty()) return Optional.empty();
        if (procedure.guidance().stream().noneMatch(REAL_TIME::contains)) {
            return Optional.of(CEMENT_REALTIME.deviated("cement injected with neither fluoroscopy nor CT fluoroscopy among the guidance ("
                    + procedure.guidance() + ")"));
        }
        return Optional.of(CEMENT_REALTIME.judge(YesNo.all(steps.stream().map(CementoplastyStep::realTimeImaging).toArray(Boolean[]::new)),
                "cement injected under real-time imaging", "cement injected without real-time imaging",
                "real-time imaging of the cement injection not recorded"));
    }
}
