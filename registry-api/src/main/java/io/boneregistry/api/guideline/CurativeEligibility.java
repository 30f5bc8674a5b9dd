package io.boneregistry.api.guideline;

import java.util.List;

/** Whether the case meets the curative indications; the reasons name each condition it fails. */
public record CurativeEligibility(boolean eligible, List<EligibilityReason> reasons) {
}
