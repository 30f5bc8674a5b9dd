package io.boneregistry.api.guideline;

import java.util.List;

/** What a write answers: the guideline's evaluation of the entry just written. */
public record Advice(List<RuleEvaluation> evaluations) {

    public static Advice none() {
        return new Advice(List.of());
    }
}
