package io.boneregistry.core.guideline;

import io.boneregistry.api.guideline.BiopsyAdvice;
import io.boneregistry.api.guideline.CaseAdvice;
import io.boneregistry.api.guideline.CurativeEligibility;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.core.guideline.biopsy.BiopsyIndicationPolicy;
import io.boneregistry.core.guideline.biopsy.ChondroblastomaBiopsyPolicy;
import io.boneregistry.core.guideline.biopsy.MetastasisBiopsyPolicy;
import io.boneregistry.core.guideline.biopsy.OsteoidOsteomaBiopsyPolicy;
import io.boneregistry.core.guideline.biopsy.PrimaryTumourBiopsyPolicy;
import io.boneregistry.core.guideline.curative.BenignCurativeIndicationPolicy;
import io.boneregistry.core.guideline.curative.CurativeEligibilityAdvisor;
import io.boneregistry.core.guideline.curative.CurativeIndicationPolicy;
import io.boneregistry.core.guideline.curative.CurativeThermalAblationPolicy;
import io.boneregistry.core.guideline.curative.MalignantCurativeIndicationPolicy;
import io.boneregistry.core.guideline.curative.PalliativeRfaPainPolicy;
import io.boneregistry.core.guideline.curative.RfaSizePolicy;
import io.boneregistry.core.guideline.imaging.AblationThreeDimensionalGuidancePolicy;
import io.boneregistry.core.guideline.imaging.EthanolCtGuidancePolicy;
import io.boneregistry.core.guideline.preparation.ConsentPolicy;
import io.boneregistry.core.guideline.preparation.InfectionPolicy;
import io.boneregistry.core.guideline.preparation.LaboratoryValuesPolicy;
import io.boneregistry.core.guideline.strategy.CementoplastyAloneStrategyPolicy;
import io.boneregistry.core.guideline.strategy.SoftTissueAblationStrategyPolicy;
import io.boneregistry.core.guideline.strategy.SpinalDecompressionStrategyPolicy;
import io.boneregistry.core.guideline.strategy.StrategyAdvisor;
import io.boneregistry.core.guideline.strategy.StrategyPolicy;
import io.boneregistry.core.guideline.technique.AblationAnaesthesiaPolicy;
import io.boneregistry.core.guideline.technique.CementAfterAblationPolicy;
import io.boneregistry.core.guideline.technique.CementNeedlePolicy;
import io.boneregistry.core.guideline.technique.CementRealTimeImagingPolicy;
import io.boneregistry.core.guideline.technique.CryoCyclesPolicy;
import io.boneregistry.core.guideline.technique.CryoMarginPolicy;
import io.boneregistry.core.guideline.technique.CryoProbesPolicy;
import io.boneregistry.core.guideline.technique.EthanolContrastPolicy;
import io.boneregistry.core.guideline.technique.EthanolFracturePolicy;
import io.boneregistry.core.guideline.technique.EthanolVolumePolicy;
import io.boneregistry.core.guideline.technique.LaserDosePolicy;
import io.boneregistry.core.guideline.technique.LaserFibresPolicy;
import io.boneregistry.core.guideline.technique.RfaMetalImplantPolicy;
import io.boneregistry.core.guideline.technique.LoadedBoneConsolidationPolicy;
import io.boneregistry.core.guideline.technique.PeriostealRopivacainePolicy;
import io.boneregistry.core.guideline.technique.RfIonisationCandidatesPolicy;
import io.boneregistry.core.guideline.technique.RfaAntiInflammatoryPolicy;
import io.boneregistry.core.guideline.thermal.CryoDissectionPolicy;
import io.boneregistry.core.guideline.thermal.NeuralProtectionPolicy;
import io.boneregistry.core.guideline.thermal.RfaHydrodissectionPolicy;
import io.boneregistry.core.guideline.thermal.UltrasoundCo2Policy;
import io.boneregistry.core.guideline.workup.ClinicalWorkUpPolicy;
import io.boneregistry.core.guideline.workup.MultidisciplinaryDecisionPolicy;
import io.boneregistry.core.guideline.workup.TotalBodyImagingPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guideline as the registry encodes it: every policy, in the order of docs/guideline.md, and the
 * advice they give together. A pure function of the case; no state, no framework.
 */
public final class Guideline {

    private final List<BiopsyIndicationPolicy> biopsyPolicies = List.of(
            new OsteoidOsteomaBiopsyPolicy(), new PrimaryTumourBiopsyPolicy(),
            new ChondroblastomaBiopsyPolicy(), new MetastasisBiopsyPolicy());
    private final List<CurativeIndicationPolicy> curativePolicies = List.of(
            new BenignCurativeIndicationPolicy(), new MalignantCurativeIndicationPolicy());
    private final List<StrategyPolicy> strategyPolicies = List.of(
            new SpinalDecompressionStrategyPolicy(), new SoftTissueAblationStrategyPolicy(),
            new CementoplastyAloneStrategyPolicy());
    private final List<GuidelinePolicy> policies;
    private final CurativeEligibilityAdvisor eligibilityAdvisor = new CurativeEligibilityAdvisor(curativePolicies);
    private final StrategyAdvisor strategyAdvisor = new StrategyAdvisor(strategyPolicies);

    public Guideline() {
        List<GuidelinePolicy> all = new ArrayList<>();
        all.add(new MultidisciplinaryDecisionPolicy());
        all.add(new TotalBodyImagingPolicy());
        all.add(new ClinicalWorkUpPolicy());
        all.addAll(biopsyPolicies);
        all.addAll(curativePolicies);
        all.add(new CurativeThermalAblationPolicy());
        all.add(new PalliativeRfaPainPolicy());
        all.add(new RfaSizePolicy());
        all.add(new RfaMetalImplantPolicy());
        all.add(new LaboratoryValuesPolicy());
        all.add(new InfectionPolicy());
        all.add(new ConsentPolicy());
        all.add(new AblationAnaesthesiaPolicy());
        all.add(new AblationThreeDimensionalGuidancePolicy());
        all.add(new CementNeedlePolicy());
        all.add(new CementRealTimeImagingPolicy());
        all.add(new EthanolFracturePolicy());
        all.add(new EthanolVolumePolicy());
        all.add(new EthanolContrastPolicy());
        all.add(new EthanolCtGuidancePolicy());
        all.add(new LaserFibresPolicy());
        all.add(new LaserDosePolicy());
        all.add(new PeriostealRopivacainePolicy());
        all.add(new RfaAntiInflammatoryPolicy());
        all.add(new RfIonisationCandidatesPolicy());
        all.add(new LoadedBoneConsolidationPolicy());
        all.add(new CementAfterAblationPolicy());
        all.add(new CryoProbesPolicy());
        all.add(new CryoCyclesPolicy());
        all.add(new CryoMarginPolicy());
        all.add(new NeuralProtectionPolicy());
        all.add(new RfaHydrodissectionPolicy());
        all.add(new CryoDissectionPolicy());
        all.add(new UltrasoundCo2Policy());
        all.addAll(strategyPolicies);
        this.policies = List.copyOf(all);
    }

    /** The rules that apply to one entry, each met or deviated. */
    public List<RuleEvaluation> evaluate(CaseRecord record, EntryRef entry) {
        return policies.stream().map(policy -> policy.evaluate(record, entry))
                .flatMap(Optional::stream).toList();
    }

    /** Every entry of the case with its evaluation, in pathway order. */
    public Map<EntryRef, List<RuleEvaluation>> evaluateAll(CaseRecord record) {
        Map<EntryRef, List<RuleEvaluation>> evaluations = new LinkedHashMap<>();
        record.entries().forEach(entry -> evaluations.put(entry, evaluate(record, entry)));
        return evaluations;
    }

    public CaseAdvice advise(CaseRecord record) {
        if (record.assessment() == null) return CaseAdvice.none();
        BiopsyAdvice biopsy = biopsyPolicies.stream().map(policy -> policy.advise(record.assessment()))
                .flatMap(Optional::stream).findFirst().orElse(null);
        CurativeEligibility eligibility = eligibilityAdvisor.advise(record);
        return new CaseAdvice(biopsy, eligibility, strategyAdvisor.advise(record, eligibility));
    }
}
