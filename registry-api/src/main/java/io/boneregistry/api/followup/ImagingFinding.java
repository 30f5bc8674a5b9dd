package io.boneregistry.api.followup;

/**
 * What follow-up imaging found at the treated site. {@link #LOCAL_PROGRESSION} is a local
 * recurrence and {@link #COMPLETE_ABLATION} excludes one; residual tumour (an incomplete
 * treatment) and a cement-distribution check say nothing about recurrence.
 */
public enum ImagingFinding {
    COMPLETE_ABLATION, RESIDUAL_TUMOUR, LOCAL_PROGRESSION, CEMENT_DISTRIBUTION;

    /** The local recurrence this finding is evidence of: true, false, or null when it says nothing. */
    public Boolean recurrence() {
        return switch (this) {
            case LOCAL_PROGRESSION -> true;
            case COMPLETE_ABLATION -> false;
            default -> null;
        };
    }
}
