package io.boneregistry.outcomes.statistics;

/** A time to event: {@code cause} 0 is censored, 1 the event of interest, 2 a competing event. */
public record Observation(double time, int cause) {

    public static Observation event(double time) {
        return new Observation(time, 1);
    }

    public static Observation censored(double time) {
        return new Observation(time, 0);
    }

    public static Observation competing(double time) {
        return new Observation(time, 2);
    }
}
