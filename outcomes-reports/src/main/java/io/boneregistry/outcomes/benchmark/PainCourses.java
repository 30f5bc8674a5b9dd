package io.boneregistry.outcomes.benchmark;

import io.boneregistry.api.analysis.FollowUpRow;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.outcomes.statistics.Observation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The pain of some procedures from their assessment follow-up on, for one pain window, as plain
 * numbers: each evaluable procedure's {@linkplain PainResponse#reduction reduction} at the
 * assessment follow-up and at every later one. Whether a procedure responded, and how long its
 * palliation lasted (docs/outcomes.md#terms, #time-to-event), then only compare those numbers with
 * the threshold: a dashboard asking under a new threshold does not walk the procedures again.
 */
public final class PainCourses {

    private final ProcedureRow[] rows;
    private final double[] atAssessment;
    private final int[] laterFrom;
    private final double[] later;
    private final int[] laterDay;
    private final int[] lastDay;
    private final boolean[] atTreatedSite;
    private final int notEvaluable;

    private PainCourses(ProcedureRow[] rows, double[] atAssessment, int[] laterFrom, double[] later, int[] laterDay,
                        int[] lastDay, boolean[] atTreatedSite, int notEvaluable) {
        this.rows = rows;
        this.atAssessment = atAssessment;
        this.laterFrom = laterFrom;
        this.later = later;
        this.laterDay = laterDay;
        this.lastDay = lastDay;
        this.atTreatedSite = atTreatedSite;
        this.notEvaluable = notEvaluable;
    }

    /** The courses of {@code rows} under the settings' pain window; rows without a baseline or an assessment are not evaluable. */
    public static PainCourses of(List<ProcedureRow> rows, OutcomeSettings window) {
        List<ProcedureRow> evaluable = new ArrayList<>();
        double[] atAssessment = new double[rows.size()];
        int[] laterFrom = new int[rows.size() + 1];
        int[] lastDay = new int[rows.size()];
        boolean[] atTreatedSite = new boolean[rows.size()];
        double[] later = new double[16];
        int[] laterDay = new int[16];
        int laterCount = 0;
        for (ProcedureRow row : rows) {
            int assessment = PainResponse.assessmentIndex(row, window);
            if (assessment < 0 || !PainResponse.hasBaseline(row)) continue;
            List<FollowUpRow> followUps = row.followUps();
            int k = evaluable.size();
            evaluable.add(row);
            atAssessment[k] = PainResponse.reduction(row, followUps.get(assessment));
            atTreatedSite[k] = followUps.get(assessment).painAtTreatedSite();
            lastDay[k] = followUps.get(followUps.size() - 1).day();
            for (FollowUpRow followUp : followUps.subList(assessment + 1, followUps.size())) {
                if (laterCount == later.length) {
                    later = Arrays.copyOf(later, later.length * 2);
                    laterDay = Arrays.copyOf(laterDay, laterDay.length * 2);
                }
                later[laterCount] = PainResponse.reduction(row, followUp);
                laterDay[laterCount++] = followUp.day();
            }
            laterFrom[k + 1] = laterCount;
        }
        int n = evaluable.size();
        return new PainCourses(evaluable.toArray(ProcedureRow[]::new), Arrays.copyOf(atAssessment, n), Arrays.copyOf(laterFrom, n + 1),
                later, laterDay, Arrays.copyOf(lastDay, n), Arrays.copyOf(atTreatedSite, n), rows.size() - n);
    }

    /** One procedure's palliation, a response by its technique's definition: how long it lasted, or empty when it did not respond. */
    public static Optional<Observation> duration(ProcedureRow row, OutcomeSettings settings) {
        List<Observation> durations = of(List.of(row), settings).durations(settings.responderThreshold(row));
        return durations.stream().findFirst();
    }

    /** Evaluable procedures are the members; responders are the hits. */
    public Tally tally(double threshold) {
        List<Member> members = new ArrayList<>(rows.length);
        for (int k = 0; k < rows.length; k++) members.add(new Member(rows[k], atAssessment[k] > threshold));
        return new Tally(members, notEvaluable);
    }

    /** {@link #tally}'s numbers, without making its members. */
    public Tally.Count count(double threshold) {
        int responders = 0;
        for (double reduction : atAssessment) if (reduction > threshold) responders++;
        return new Tally.Count(rows.length, responders, notEvaluable, treatedSite(k -> true));
    }

    /** How many of the courses {@code which} selects read pain at the treated site at their assessment follow-up. */
    private int treatedSite(IntPredicate which) {
        int count = 0;
        for (int k = 0; k < rows.length; k++) if (which.test(k) && atTreatedSite[k]) count++;
        return count;
    }

    /** {@link #responders}' numbers, with how many read the treated site's pain. */
    public Tally.Count respondersCount(double threshold) {
        Tally.Count responders = responders(threshold).count();
        return new Tally.Count(responders.n(), responders.x(), 0, treatedSite(k -> atAssessment[k] > threshold));
    }

    /** Responders are the members; a response that ended (was seen no longer a response) is a hit. */
    public Tally responders(double threshold) {
        List<Member> members = new ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
            if (atAssessment[k] > threshold) members.add(new Member(rows[k], end(k, threshold) >= 0));
        }
        return new Tally(members, 0);
    }

    /**
     * How long each responder's palliation lasted, in weeks from the procedure day: ended at the
     * first later follow-up that is no longer a response, else censored at the last follow-up.
     * In time order (an event before a censoring on the same day), as a survival estimate reads them.
     */
    public List<Observation> durations(double threshold) {
        int[] ends = new int[rows.length];
        int responders = 0;
        for (int k = 0; k < rows.length; k++) {
            if (!(atAssessment[k] > threshold)) continue;
            int end = end(k, threshold);
            ends[responders++] = end >= 0 ? laterDay[end] * 2 : lastDay[k] * 2 + 1;
        }
        Arrays.sort(ends, 0, responders);
        List<Observation> durations = new ArrayList<>(responders);
        for (int i = 0; i < responders; i++) {
            double weeks = (ends[i] >> 1) / 7.0;
            durations.add((ends[i] & 1) == 0 ? Observation.event(weeks) : Observation.censored(weeks));
        }
        return durations;
    }

    /** The first later follow-up of course {@code k} that is no longer a response, or -1. */
    private int end(int k, double threshold) {
        for (int j = laterFrom[k]; j < laterFrom[k + 1]; j++) {
            if (!(later[j] > threshold)) return j;
        }
        return -1;
    }
}
