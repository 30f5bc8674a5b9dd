package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.answers.YesNo;
import io.boneregistry.api.assessment.Lesion;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.core.guideline.TreatmentDecisionPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.CONSOLIDATE_LOADED;

/**
 * R-CONSOLIDATE-LOADED: thermal ablation planned in a weight-bearing bone at risk of fracture comes
 * with consolidation, cementoplasty or (recorded as "consolidation needed") orthopaedic fixation.
 */
public class LoadedBoneConsolidationPolicy implements TreatmentDecisionPolicy {

    @Override
    public Optional<RuleEvaluation> evaluateDecision(CaseRecord record, TreatmentDecision decision) {
        Lesion lesion = record.lesion();
        if (!decision.plansThermalAblation() || !lesion.site().axiallyLoaded() || YesNo.no(lesion.fractureRisk())) {
            return Optional.empty();
        }
        if (YesNo.unknown(lesion.fractureRisk())) {
            return Optional.of(CONSOLIDATE_LOADED.notJudged("ablation of a weight-bearing bone whose fracture risk is not recorded"));
        }
        return Optional.of(CONSOLIDATE_LOADED.judge(YesNo.any(decision.plans(Technique.CEMENTOPLASTY), decision.consolidationNeeded()),
                "consolidation planned with the ablation",
                "ablation of a weight-bearing bone at fracture risk with no consolidation planned",
                "ablation of a weight-bearing bone at fracture risk; whether consolidation is needed is not recorded"));
    }
}
