package io.boneregistry.app.admin;

import java.util.List;

/**
 * Where a projection stands across all instances: how far its slowest segment has read against the
 * head of the event store, whether it is rebuilding (replaying and not yet at the head), and which
 * instance holds each segment ({@code segmentsHere}: those this instance holds).
 */
public record ProjectionStatus(String name, boolean running, boolean rebuilding, long position, long head, double progress,
                               boolean caughtUp, List<Segment> segments, List<Integer> segmentsHere) {

    public record Segment(int segment, String owner, long position) {
    }
}
