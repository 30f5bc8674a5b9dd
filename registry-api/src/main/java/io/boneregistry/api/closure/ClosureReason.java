package io.boneregistry.api.closure;

public enum ClosureReason {
    FOLLOW_UP_COMPLETE, DIED, LOST_TO_FOLLOW_UP, CONSENT_WITHDRAWN
}
