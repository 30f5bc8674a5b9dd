package io.boneregistry.outcomes.funnel;

public enum Side {
    ABOVE, BELOW
}
