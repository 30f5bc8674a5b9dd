package io.boneregistry.api.guideline;

import io.boneregistry.api.procedure.Technique;

import java.util.List;

public record StrategyAdvice(StrategyPath path, List<Technique> techniques, List<String> ruleIds, String detail) {
}
