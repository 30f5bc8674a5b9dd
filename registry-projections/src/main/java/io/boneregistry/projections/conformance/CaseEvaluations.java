package io.boneregistry.projections.conformance;

import io.boneregistry.api.guideline.RuleStatus;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;

/** One case's evaluations as conformance counts them: rule, status and clinical date, packed in arrays. */
record CaseEvaluations(String centreId, short[] rules, byte[] statuses, int[] days) {

    private static final int NO_DATE = Integer.MIN_VALUE;

    int size() {
        return rules.length;
    }

    int rule(int i) {
        return rules[i];
    }

    boolean deviated(int i) {
        return statuses[i] == RuleStatus.DEVIATED.ordinal();
    }

    boolean advised(int i) {
        return statuses[i] == RuleStatus.ADVISORY.ordinal();
    }

    boolean notJudged(int i) {
        return statuses[i] == RuleStatus.NOT_JUDGED.ordinal();
    }

    /** Whether any evaluation within the period is a deviation. */
    boolean deviatedWithin(int from, int to) {
        for (int i = 0; i < size(); i++) {
            if (deviated(i) && within(i, from, to)) return true;
        }
        return false;
    }

    /** As SQL selects by period: with no bounds every evaluation, else only those dated within them. */
    boolean within(int i, int from, int to) {
        if (from == Integer.MIN_VALUE && to == Integer.MAX_VALUE) return true;
        return days[i] != NO_DATE && days[i] >= from && days[i] <= to;
    }

    /** A bound as an epoch day; {@code open} where there is none. */
    static int day(LocalDate date, int open) {
        return date == null ? open : (int) date.toEpochDay();
    }

    static final class Builder {
        private final String centreId;
        private short[] rules = new short[16];
        private byte[] statuses = new byte[16];
        private int[] days = new int[16];
        private int size;

        Builder(String centreId) {
            this.centreId = centreId;
        }

        void add(int rule, String status, Date date) {
            if (size == rules.length) {
                rules = Arrays.copyOf(rules, size * 2);
                statuses = Arrays.copyOf(statuses, size * 2);
                days = Arrays.copyOf(days, size * 2);
            }
            rules[size] = (short) rule;
            statuses[size] = (byte) RuleStatus.valueOf(status).ordinal();
            days[size] = date == null ? NO_DATE : (int) date.toLocalDate().toEpochDay();
            size++;
        }

        CaseEvaluations build() {
            return new CaseEvaluations(centreId, Arrays.copyOf(rules, size), Arrays.copyOf(statuses, size), Arrays.copyOf(days, size));
        }
    }
}
