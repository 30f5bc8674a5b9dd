package io.boneregistry.outcomes.benchmark;

public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
