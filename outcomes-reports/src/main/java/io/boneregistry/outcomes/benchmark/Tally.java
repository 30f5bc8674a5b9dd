package io.boneregistry.outcomes.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A benchmark's denominator (the members), numerator (the hits) and the members left out for
 * missing data. {@code clustered}: members of one case (one patient's vertebrae) are not
 * independent, and the count keeps what the clustered interval needs ({@link Clusters}).
 */
public record Tally(List<Member> members, int notEvaluable, boolean clustered) {

    public Tally(List<Member> members, int notEvaluable) {
        this(members, notEvaluable, false);
    }

    public int n() {
        return members.size();
    }

    public int x() {
        return (int) members.stream().filter(Member::hit).count();
    }

    /** The tally's numbers without its members, small enough to keep. */
    public Count count() {
        return new Count(n(), x(), notEvaluable, null, clustered ? clusters() : null);
    }

    /** The members by case: how many cases, how many with a hit, and the sums the cluster-robust variance reads. */
    private Clusters clusters() {
        Map<String, int[]> byCase = new LinkedHashMap<>();
        for (Member member : members) {
            int[] counts = byCase.computeIfAbsent(member.row().caseId(), k -> new int[2]);
            counts[0]++;
            if (member.hit()) counts[1]++;
        }
        double xx = 0;
        double xn = 0;
        double nn = 0;
        int withHit = 0;
        for (int[] counts : byCase.values()) {
            xx += (double) counts[1] * counts[1];
            xn += (double) counts[1] * counts[0];
            nn += (double) counts[0] * counts[0];
            if (counts[1] > 0) withHit++;
        }
        return new Clusters(byCase.size(), withHit, xx, xn, nn);
    }

    /**
     * {@code painAtTreatedSite}: for a pain count, how many members' pain was read at the treated site;
     * else null. {@code clusters}: for a clustered count, its cases; else null.
     */
    public record Count(int n, int x, int notEvaluable, Integer painAtTreatedSite, Clusters clusters) {

        public Count(int n, int x, int notEvaluable, Integer painAtTreatedSite) {
            this(n, x, notEvaluable, painAtTreatedSite, null);
        }
    }

    /**
     * A clustered count's cases: {@code k} of them, {@code withHit} with at least one hit, and over
     * the cases i (n_i members, x_i hits) the sums of x_i², x_i·n_i and n_i².
     */
    public record Clusters(int k, int withHit, double sumXX, double sumXN, double sumNN) {
    }
}
