package io.boneregistry.outcomes.survival;

import io.boneregistry.api.analysis.FollowUpRow;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.closure.ClosureReason;
import io.boneregistry.api.followup.VitalStatus;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.treatment.Intent;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import io.boneregistry.outcomes.benchmark.PainCourses;
import io.boneregistry.outcomes.statistics.Observation;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The times to event docs/outcomes.md#time-to-event follows, in weeks from the index procedure. Local recurrence
 * is for curative cases, with death as a competing event; palliation lasts from a response until
 * it ends (responders only); death counts deaths seen at follow-up or at closure.
 */
public enum SurvivalEndpoint {
    LOCAL_RECURRENCE {
        @Override
        Optional<Observation> observeOne(ProcedureRow row, OutcomeSettings settings) {
            if (row.intent() != Intent.CURATIVE || row.followUps().isEmpty()) return Optional.empty();
            for (FollowUpRow followUp : row.followUps()) {
                if (Boolean.TRUE.equals(followUp.localRecurrence())) return Optional.of(Observation.event(weeks(followUp.day())));
                if (followUp.vitalStatus() == VitalStatus.DEAD) return Optional.of(Observation.competing(weeks(followUp.day())));
            }
            if (row.closureReason() == ClosureReason.DIED) return Optional.of(Observation.competing(weeks(daysToClosure(row))));
            return Optional.of(Observation.censored(weeks(lastFollowUpDay(row))));
        }
    },
    PAIN_PALLIATION {
        @Override
        public Observer observer(List<ProcedureRow> indexRows, OutcomeSettings window) {
            PainCourses courses = PainCourses.of(indexRows, window);
            Technique shared = sharedTechnique(indexRows);
            return settings -> courses.durations(shared == null ? settings.painReductionThreshold() : settings.responderThreshold(shared));
        }

        @Override
        public List<Object> reads(OutcomeSettings settings) {
            return List.copyOf(settings.painWindow());
        }

        @Override
        Optional<Observation> observeOne(ProcedureRow row, OutcomeSettings settings) {
            return PainCourses.duration(row, settings);
        }
    },
    DEATH {
        @Override
        Optional<Observation> observeOne(ProcedureRow row, OutcomeSettings settings) {
            Optional<Integer> death = daysToDeath(row);
            if (death.isPresent()) return Optional.of(Observation.event(weeks(death.get())));
            if (row.followUps().isEmpty() && row.closedOn() == null) return Optional.empty();
            int lastSeen = Math.max(lastFollowUpDay(row), row.closedOn() == null ? 0 : daysToClosure(row));
            return Optional.of(Observation.censored(weeks(lastSeen)));
        }
    };

    /** The index procedure's observation for this endpoint, or empty when it is not in the population. */
    abstract Optional<Observation> observeOne(ProcedureRow row, OutcomeSettings settings);

    /** The observations of some index procedures, for any settings that agree on what the endpoint {@linkplain #reads reads}. */
    @FunctionalInterface
    public interface Observer {
        List<Observation> observe(OutcomeSettings settings);
    }

    /** The endpoint's observer of {@code indexRows}, made under {@code settings}. */
    public Observer observer(List<ProcedureRow> indexRows, OutcomeSettings settings) {
        List<Observation> observations = indexRows.stream().map(row -> observeOne(row, settings)).flatMap(Optional::stream).toList();
        return any -> observations;
    }

    /** The settings an observer reads when made: none, except for the palliation's pain window. */
    public List<Object> reads(OutcomeSettings settings) {
        return List.of();
    }

    /** Days from the procedure to a death seen at one of its follow-ups, or else at the case's closure. */
    public static Optional<Integer> daysToDeath(ProcedureRow row) {
        for (FollowUpRow followUp : row.followUps()) {
            if (followUp.vitalStatus() == VitalStatus.DEAD) return Optional.of(followUp.day());
        }
        return row.closureReason() == ClosureReason.DIED ? Optional.of(daysToClosure(row)) : Optional.empty();
    }

    /**
     * The one technique every procedure used (a response is then read by its definition: ethanol's
     * any decrease, cryoablation's setting), or null where they differ (the text's 50 %).
     */
    private static Technique sharedTechnique(List<ProcedureRow> rows) {
        for (Technique technique : List.of(Technique.ETHANOL, Technique.CRYO)) {
            if (!rows.isEmpty() && rows.stream().allMatch(row -> row.uses(technique))) return technique;
        }
        return null;
    }

    private static double weeks(int days) {
        return days / 7.0;
    }

    private static int lastFollowUpDay(ProcedureRow row) {
        return row.followUps().isEmpty() ? 0 : row.followUps().get(row.followUps().size() - 1).day();
    }

    private static int daysToClosure(ProcedureRow row) {
        return (int) ChronoUnit.DAYS.between(row.performedOn(), row.closedOn());
    }
}
