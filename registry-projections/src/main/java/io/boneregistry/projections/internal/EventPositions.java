package io.boneregistry.projections.internal;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.OptionalLong;

/** Where an event processor stands in the event stream while it handles an event: the revision its writes carry. */
public final class EventPositions {

    private EventPositions() {
    }

    /** The position of the event being handled; empty outside an event processor (unit tests). */
    public static OptionalLong current() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().getMessage() instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position() : OptionalLong.empty();
    }
}
