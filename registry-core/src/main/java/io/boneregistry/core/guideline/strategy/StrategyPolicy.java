package io.boneregistry.core.guideline.strategy;

import io.boneregistry.core.guideline.UnknownAnswers;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.guideline.StrategyAdvice;
import io.boneregistry.api.guideline.StrategyPath;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.treatment.Goal;
import io.boneregistry.api.treatment.Intent;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.core.guideline.TreatmentDecisionPolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.List;
import java.util.Optional;

/**
 * One of Algorithm 1's named palliative strategies: the lesion it is for, the techniques it
 * advises, and how a palliative decision is judged against them. The three are mutually exclusive
 * by construction, so a case gets at most one.
 */
public abstract class StrategyPolicy implements TreatmentDecisionPolicy {

    protected abstract GuidelineRule rule();

    /** Whether the lesion is this strategy's: yes, no, or not known while an answer it turns on is unknown. */
    public abstract Boolean indicated(CaseRecord record);

    /** The answers {@link #indicated} turns on that are unknown, in words. */
    protected abstract List<String> unknownAnswers(CaseRecord record);

    protected abstract StrategyPath path();

    protected abstract List<Technique> advisedTechniques(CaseRecord record);

    protected abstract String detail(CaseRecord record);

    /** What the planned techniques lack, measured against the strategy. */
    protected abstract List<String> failures(CaseRecord record, TreatmentDecision decision);

    public StrategyAdvice advise(CaseRecord record) {
        return new StrategyAdvice(path(), advisedTechniques(record), List.of(rule().id()), detail(record));
    }

    @Override
    public Optional<RuleEvaluation> evaluateDecision(CaseRecord record, TreatmentDecision decision) {
        if (decision.intent() != Intent.PALLIATIVE) return Optional.empty();
        Boolean indicated = indicated(record);
        if (indicated == null) {
            return Optional.of(rule().notJudged("whether the case is this strategy's is not known: "
                    + UnknownAnswers.notRecorded(unknownAnswers(record))));
        }
        if (!indicated) return Optional.empty();
        return Optional.of(rule().judge(failures(record, decision), "planned as advised: " + detail(record)));
    }

    static boolean painful(CaseRecord record) {
        return record.assessment().baselinePain().vas() >= 1
                || record.treatmentDecision() != null && record.treatmentDecision().goals() != null
                && record.treatmentDecision().goals().contains(Goal.PAIN);
    }
}
