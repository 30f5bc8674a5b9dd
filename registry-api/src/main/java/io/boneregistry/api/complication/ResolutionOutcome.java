package io.boneregistry.api.complication;

/** How a complication ended, or that it has not. */
public enum ResolutionOutcome {
    RESOLVED, RESOLVED_WITH_SEQUELAE, ONGOING, DEATH
}
