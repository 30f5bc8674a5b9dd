package io.boneregistry.api.guideline;

/** The branches of the guideline's Algorithm 1. */
public enum StrategyPath {
    CURATIVE_ABLATION,
    PALLIATIVE_CONSOLIDATION,
    PALLIATIVE_ABLATION,
    PALLIATIVE_CAVITATION,
    /** Which branch applies turns on an answer not known yet (the advice's detail names it). */
    UNDETERMINED
}
