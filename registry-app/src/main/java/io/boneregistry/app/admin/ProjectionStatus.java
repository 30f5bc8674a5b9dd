package io.boneregistry.app.admin;

/**
 * Where a projection stands: how far it has read (the lowest position over its segments) against
 * the head of the event store, and whether it is rebuilding, i.e. replaying and not yet at the
 * head. (Axon marks a segment as replaying until an event newer than the reset arrives, so
 * "caught up" is read from the positions.)
 */
public record ProjectionStatus(String name, boolean running, boolean rebuilding, long position, long head, double progress,
                               boolean caughtUp) {
}
