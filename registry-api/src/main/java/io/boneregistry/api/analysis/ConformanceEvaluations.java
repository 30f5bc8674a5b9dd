package io.boneregistry.api.analysis;

import java.util.List;

public record ConformanceEvaluations(List<ConformanceEvaluation> evaluations) {
}
