package io.boneregistry.core.guideline.strategy;

import io.boneregistry.api.answers.YesNo;
import io.boneregistry.core.guideline.UnknownAnswers;
import io.boneregistry.api.assessment.Lesion;
import io.boneregistry.api.guideline.CurativeEligibility;
import io.boneregistry.api.guideline.StrategyAdvice;
import io.boneregistry.api.guideline.StrategyPath;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.treatment.Intent;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.core.guideline.curative.RfaSizePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks Algorithm 1: curative cases to thermal ablation; palliative ones to the named strategy
 * that fits the lesion, else by whether consolidation or debulking is needed. Before a treatment
 * decision, the intent is taken from the curative eligibility.
 */
public class StrategyAdvisor {

    private final List<StrategyPolicy> strategies;

    public StrategyAdvisor(List<StrategyPolicy> strategies) {
        this.strategies = List.copyOf(strategies);
    }

    public StrategyAdvice advise(CaseRecord record, CurativeEligibility eligibility) {
        if (record.assessment() == null) return null;
        Intent intent = record.intent().orElse(eligibility.eligible() ? Intent.CURATIVE : Intent.PALLIATIVE);
        if (intent == Intent.CURATIVE) return curative(record);
        for (StrategyPolicy strategy : strategies) {
            Boolean indicated = strategy.indicated(record);
            if (indicated == null) return undetermined(strategy.unknownAnswers(record));
            if (indicated) return strategy.advise(record);
        }
        return palliative(record);
    }

    private StrategyAdvice curative(CaseRecord record) {
        List<Technique> techniques = new ArrayList<>(List.of(Technique.RFA, Technique.CRYO, Technique.LASER));
        if (RfaSizePolicy.tooLarge(record.lesion().maxDiameterMm())) techniques.remove(Technique.RFA);
        String rule = record.diagnosis() != null && record.diagnosis().benign() ? "R-CURATIVE-BENIGN" : "R-CURATIVE-MALIGNANT";
        return new StrategyAdvice(StrategyPath.CURATIVE_ABLATION, List.copyOf(techniques),
                List.of(rule, "R-RFA-SIZE"), "complete ablation of the tumour by thermal ablation");
    }

    private static StrategyAdvice undetermined(List<String> unknown) {
        return new StrategyAdvice(StrategyPath.UNDETERMINED, List.of(), List.of(),
                "which strategy applies turns on answers not known: " + UnknownAnswers.notRecorded(unknown));
    }

    /** By the need for consolidation, then debulking; an unknown need is not taken for one. */
    private StrategyAdvice palliative(CaseRecord record) {
        Lesion lesion = record.lesion();
        TreatmentDecision decision = record.treatmentDecision();
        boolean consolidation = YesNo.yes(decision != null ? decision.consolidationNeeded() : lesion.fractureRisk());
        boolean debulking = decision != null && YesNo.yes(decision.debulkingNeeded());
        if (consolidation) {
            return new StrategyAdvice(StrategyPath.PALLIATIVE_CONSOLIDATION, List.of(Technique.CEMENTOPLASTY), List.of(),
                    "consolidation needed: cementoplasty");
        }
        if (debulking) {
            return new StrategyAdvice(StrategyPath.PALLIATIVE_CAVITATION, List.of(Technique.RF_IONIZATION), List.of(),
                    "debulking needed: cavitation by RF ionisation");
        }
        return new StrategyAdvice(StrategyPath.PALLIATIVE_ABLATION,
                List.of(Technique.RFA, Technique.CRYO, Technique.LASER, Technique.ETHANOL), List.of(),
                "no consolidation needed: thermal or chemical ablation");
    }
}
