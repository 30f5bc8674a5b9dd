package io.boneregistry.app.admin;

import java.util.List;

/**
 * Where a projection stands across all instances: how far its slowest segment has read against the
 * head of the event store, whether it is rebuilding (replaying and not yet at the head), and which
 * instance holds each segment ({@code segmentsHere}: those this instance holds). Read from the
 * stored tokens: a segment with nothing to handle stores its position only every few seconds, so
 * the status may trail the read models by that much, never lead them.
 */
public record ProjectionStatus(String name, boolean running, boolean rebuilding, long position, long head, double progress,
                               boolean caughtUp, List<Segment> segments, List<Integer> segmentsHere) {

    public record Segment(int segment, String owner, long position) {
    }
}
