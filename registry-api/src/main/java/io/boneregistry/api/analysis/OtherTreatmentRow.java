package io.boneregistry.api.analysis;

import io.boneregistry.api.othertreatment.OtherTreatmentKind;

/**
 * Another treatment of the case, as seen from one procedure: its kind and the day it started,
 * counted from the procedure day (negative when it started before).
 */
public record OtherTreatmentRow(OtherTreatmentKind kind, int day) {
}
