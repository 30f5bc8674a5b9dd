package io.boneregistry.core.guideline.strategy;

import io.boneregistry.api.answers.YesNo;
import io.boneregistry.core.guideline.UnknownAnswers;

import java.util.ArrayList;
import io.boneregistry.api.assessment.Lesion;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.guideline.StrategyPath;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.core.record.CaseRecord;

import java.util.List;
import java.util.Set;

/**
 * R-STRATEGY-1: a painful tumour of a flat, axially loaded bone, not invading surrounding tissue,
 * at risk of compression fracture, is treated by cementoplasty alone.
 */
public class CementoplastyAloneStrategyPolicy extends StrategyPolicy {

    @Override
    protected GuidelineRule rule() {
        return GuidelineRule.STRATEGY_1;
    }

    @Override
    public Boolean indicated(CaseRecord record) {
        Lesion lesion = record.lesion();
        if (!painful(record) || !lesion.site().flatBone() || !lesion.site().axiallyLoaded()) return false;
        return YesNo.all(YesNo.not(lesion.softTissueExtension()), lesion.fractureRisk(),
                YesNo.not(SpinalDecompressionStrategyPolicy.applies(record)));
    }

    @Override
    protected List<String> unknownAnswers(CaseRecord record) {
        Lesion lesion = record.lesion();
        List<String> unknown = new ArrayList<>(UnknownAnswers.among("soft-tissue extension", lesion.softTissueExtension(),
                "fracture risk", lesion.fractureRisk()));
        if (SpinalDecompressionStrategyPolicy.applies(record) == null) unknown.addAll(SpinalDecompressionStrategyPolicy.triggersUnknown(record));
        return unknown;
    }

    @Override
    protected StrategyPath path() {
        return StrategyPath.PALLIATIVE_CONSOLIDATION;
    }

    @Override
    protected List<Technique> advisedTechniques(CaseRecord record) {
        return List.of(Technique.CEMENTOPLASTY);
    }

    @Override
    protected String detail(CaseRecord record) {
        return "cementoplasty alone";
    }

    @Override
    protected List<String> failures(CaseRecord record, TreatmentDecision decision) {
        if (Set.copyOf(decision.plannedTechniques()).equals(Set.of(Technique.CEMENTOPLASTY))) return List.of();
        return List.of("planned " + decision.plannedTechniques() + " where cementoplasty alone is advised");
    }
}
