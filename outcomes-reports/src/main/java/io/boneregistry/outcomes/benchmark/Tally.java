package io.boneregistry.outcomes.benchmark;

import java.util.List;

/** A benchmark's denominator (the members), numerator (the hits) and the members left out for missing data. */
public record Tally(List<Member> members, int notEvaluable) {

    public int n() {
        return members.size();
    }

    public int x() {
        return (int) members.stream().filter(Member::hit).count();
    }

    /** The tally's numbers without its members, small enough to keep. */
    public Count count() {
        return new Count(n(), x(), notEvaluable, null);
    }

    /** {@code painAtTreatedSite}: for a pain count, how many members' pain was read at the treated site; else null. */
    public record Count(int n, int x, int notEvaluable, Integer painAtTreatedSite) {
    }
}
