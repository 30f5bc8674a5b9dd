package io.boneregistry.outcomes.conformance;

public record CentreConformance(String centreId, int appliedCases, int deviatingCases, Double rate) {
}
