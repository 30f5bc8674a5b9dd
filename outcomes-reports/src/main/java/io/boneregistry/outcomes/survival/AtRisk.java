package io.boneregistry.outcomes.survival;

public record AtRisk(double time, int atRisk) {
}
