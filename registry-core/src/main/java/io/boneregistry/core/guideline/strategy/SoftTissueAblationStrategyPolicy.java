package io.boneregistry.core.guideline.strategy;

import io.boneregistry.api.answers.YesNo;
import io.boneregistry.core.guideline.UnknownAnswers;
import io.boneregistry.api.assessment.Lesion;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.guideline.StrategyPath;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.core.record.CaseRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * R-STRATEGY-2: a painful tumour extending into soft tissue is ablated; with fracture risk,
 * cementoplasty is added for a flat bone (a long bone goes to surgery, which the registry does not
 * record, so it is advised but not checked).
 */
public class SoftTissueAblationStrategyPolicy extends StrategyPolicy {

    @Override
    protected GuidelineRule rule() {
        return GuidelineRule.STRATEGY_2;
    }

    @Override
    public Boolean indicated(CaseRecord record) {
        if (!painful(record)) return false;
        return YesNo.all(record.lesion().softTissueExtension(), YesNo.not(SpinalDecompressionStrategyPolicy.applies(record)));
    }

    @Override
    protected List<String> unknownAnswers(CaseRecord record) {
        List<String> unknown = new ArrayList<>(UnknownAnswers.among("soft-tissue extension", record.lesion().softTissueExtension()));
        if (SpinalDecompressionStrategyPolicy.applies(record) == null) unknown.addAll(SpinalDecompressionStrategyPolicy.triggersUnknown(record));
        return unknown;
    }

    @Override
    protected StrategyPath path() {
        return StrategyPath.PALLIATIVE_ABLATION;
    }

    @Override
    protected List<Technique> advisedTechniques(CaseRecord record) {
        return needsCement(record.lesion())
                ? List.of(Technique.RFA, Technique.CRYO, Technique.CEMENTOPLASTY)
                : List.of(Technique.RFA, Technique.CRYO);
    }

    @Override
    protected String detail(CaseRecord record) {
        Lesion lesion = record.lesion();
        if (needsCement(lesion)) return "thermal ablation with cementoplasty of the flat bone at fracture risk";
        if (YesNo.yes(lesion.fractureRisk()) && lesion.site().longBone()) return "thermal ablation, with surgical consolidation of the long bone at fracture risk";
        return "thermal ablation";
    }

    @Override
    protected List<String> failures(CaseRecord record, TreatmentDecision decision) {
        List<String> failures = new ArrayList<>();
        if (!decision.plansThermalAblation()) failures.add("no thermal ablation planned for a tumour extending into soft tissue");
        if (needsCement(record.lesion()) && !decision.plans(Technique.CEMENTOPLASTY)) {
            failures.add("no cementoplasty planned for a flat bone at fracture risk");
        }
        return failures;
    }

    /** A flat bone at fracture risk; a fracture risk not recorded asks for no cement (the decision is not faulted for it). */
    private static boolean needsCement(Lesion lesion) {
        return YesNo.yes(lesion.fractureRisk()) && lesion.site().flatBone();
    }
}
