package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.CryoCycle;
import io.boneregistry.api.procedure.CryoStep;
import io.boneregistry.core.guideline.TechniqueStepPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.CRYO_CYCLES;

/**
 * R-CRYO-CYCLES: "il trattamento di una metastasi scheletrica necessita di due cicli di raffreddamento
 * di 10 minuti intervallati da una pausa di 8 minuti" — for a metastasis: two freezes of at least 10
 * minutes with a thaw of at least 8 minutes between them. The text says nothing of the cycles for
 * other tumours, so the rule is not read there.
 */
public class CryoCyclesPolicy extends TechniqueStepPolicy<CryoStep> {

    static final double FREEZE_MIN = 10;
    static final double THAW_MIN = 8;

    public CryoCyclesPolicy() {
        super(CryoStep.class);
    }

    @Override
    protected Optional<RuleEvaluation> judge(CaseRecord record, List<CryoStep> steps) {
        if (record.diagnosis() != Diagnosis.METASTASIS) return Optional.empty();
        List<String> failures = new ArrayList<>();
        for (CryoStep step : steps) {
            List<CryoCycle> cycles = step.cycles();
            if (cycles.size() < 2) {
                failures.add(cycles.size() + " freeze cycle (two 10-minute freezes with an 8-minute thaw between)");
                continue;
            }
            CryoCycle first = cycles.get(0);
            CryoCycle second = cycles.get(1);
            if (first.freezeMin() < FREEZE_MIN || second.freezeMin() < FREEZE_MIN) {
                failures.add("freezes of " + first.freezeMin() + " and " + second.freezeMin() + " min (10 min each)");
            }
            if (first.thawMin() < THAW_MIN) failures.add("thaw of " + first.thawMin() + " min between freezes (8 min)");
        }
        return Optional.of(CRYO_CYCLES.judge(failures, "two 10-minute freezes separated by an 8-minute thaw"));
    }
}
