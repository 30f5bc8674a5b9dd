package io.boneregistry.core.guideline;

import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.TechniqueStep;
import io.boneregistry.core.record.CaseRecord;

import java.util.List;
import java.util.Optional;

/** A rule about the steps of one technique: it applies to procedures that have such steps. */
public abstract class TechniqueStepPolicy<S extends TechniqueStep> implements ProcedurePolicy {

    private final Class<S> stepType;

    protected TechniqueStepPolicy(Class<S> stepType) {
        this.stepType = stepType;
    }

    @Override
    public final Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        List<S> steps = procedure.steps(stepType).toList();
        return steps.isEmpty() ? Optional.empty() : judge(record, steps);
    }

    protected abstract Optional<RuleEvaluation> judge(CaseRecord record, List<S> steps);
}
