package io.boneregistry.outcomes.benchmark;

import io.boneregistry.api.analysis.FollowUpRow;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.outcomes.statistics.Observation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static io.boneregistry.outcomes.benchmark.Rows.cementoplasty;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pain courses against docs/outcomes.md#terms read one procedure and one follow-up at a time
 * (the way the registry counted before the courses were kept as numbers): same members, same
 * responders, same durations, for every threshold and window on a varied cohort.
 */
class PainCoursesTest {

    private static final double[] THRESHOLDS = {0.0, 0.3, 0.4, 0.5, 0.5001, 0.6, 2.0 / 3, 0.75, 0.9, 1.0};

    @Test
    void respondersAndDurationsAreThoseOfTheDefinitionReadFollowUpByFollowUp() {
        List<ProcedureRow> cohort = variedCohort(new Random(7), 400);
        for (OutcomeSettings window : List.of(OutcomeSettings.defaults(), settings(21, 14, 42, 0.5), settings(90, 60, 120, 0.5))) {
            PainCourses courses = PainCourses.of(cohort, window);
            for (double threshold : THRESHOLDS) {
                OutcomeSettings settings = settings(window.painWindowTarget(), window.painWindowFrom(), window.painWindowTo(), threshold);
                List<Member> members = new ArrayList<>();
                List<Observation> durations = new ArrayList<>();
                int notEvaluable = 0;
                for (ProcedureRow row : cohort) {
                    Optional<FollowUpRow> assessment = assessment(row, settings);
                    if (assessment.isEmpty() || !hasBaseline(row)) notEvaluable++;
                    else members.add(new Member(row, responds(row, assessment.get(), threshold)));
                    duration(row, settings).ifPresent(durations::add);
                }
                String at = "window " + window.painWindowTarget() + ", threshold " + threshold;
                assertThat(courses.tally(threshold)).as(at).isEqualTo(new Tally(members, notEvaluable));
                Tally.Count counted = new Tally(members, notEvaluable).count();
                assertThat(courses.count(threshold)).as(at).isEqualTo(new Tally.Count(counted.n(), counted.x(), counted.notEvaluable(),
                        (int) members.stream().filter(member -> assessment(member.row(), settings).orElseThrow().painAtTreatedSite()).count()));
                durations.sort(Comparator.comparingDouble(Observation::time).thenComparing(Observation::cause, Comparator.reverseOrder()));
                assertThat(courses.durations(threshold)).as(at).isEqualTo(durations);
            }
        }
    }

    @Test
    void aResponseIsMoreThanTheThresholdOnEitherScaleNotAtIt() {
        ProcedureRow halfOnVas = cementoplasty().baseline(8, 40.0).followUp(28, 4, 30.0).row();
        ProcedureRow halfOnOpioid = cementoplasty().baseline(8, 40.0).followUp(28, 6, 19.0).row();
        PainCourses courses = PainCourses.of(List.of(halfOnVas, halfOnOpioid), OutcomeSettings.defaults());

        assertThat(courses.tally(0.5).members()).extracting(Member::hit).containsExactly(false, true);
    }

    private static List<ProcedureRow> variedCohort(Random random, int size) {
        List<ProcedureRow> cohort = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Integer vas = random.nextInt(5) == 0 ? null : random.nextInt(11);
            Double mme = random.nextInt(3) == 0 ? null : random.nextInt(4) * 20.0;
            Rows row = cementoplasty().baseline(vas, mme);
            int day = 0;
            for (int f = random.nextInt(6); f > 0; f--) {
                day += 1 + random.nextInt(40);
                row.followUp(day, random.nextInt(11), random.nextBoolean() ? null : random.nextInt(5) * 10.0);
                if (random.nextInt(8) == 0) row.followUp(day, random.nextInt(11));
            }
            cohort.add(row.row());
        }
        return cohort;
    }

    private static OutcomeSettings settings(int target, int from, int to, double threshold) {
        return new OutcomeSettings(target, from, to, threshold, 10, 2.0, 4.5, 5);
    }

    // The definition as written, one row at a time.

    private static Optional<FollowUpRow> assessment(ProcedureRow row, OutcomeSettings settings) {
        FollowUpRow best = null;
        for (FollowUpRow followUp : row.followUps()) {
            if (followUp.day() < settings.painWindowFrom() || followUp.day() > settings.painWindowTo()) continue;
            int distance = Math.abs(followUp.day() - settings.painWindowTarget());
            if (best == null || distance < Math.abs(best.day() - settings.painWindowTarget())) best = followUp;
        }
        return Optional.ofNullable(best);
    }

    private static boolean hasBaseline(ProcedureRow row) {
        return row.baselineVas() != null && row.baselineVas() >= 1 || row.baselineOpioidMmePerDay() != null && row.baselineOpioidMmePerDay() > 0;
    }

    private static boolean responds(ProcedureRow row, FollowUpRow followUp, double threshold) {
        Integer b = row.baselineVas();
        Double m = row.baselineOpioidMmePerDay();
        boolean vas = b != null && b >= 1 && (double) (b - followUp.vas()) / b > threshold;
        boolean opioid = m != null && m > 0 && followUp.opioidMmePerDay() != null && (m - followUp.opioidMmePerDay()) / m > threshold;
        return vas || opioid;
    }

    private static Optional<Observation> duration(ProcedureRow row, OutcomeSettings settings) {
        Optional<FollowUpRow> assessment = assessment(row, settings);
        if (!hasBaseline(row) || assessment.isEmpty() || !responds(row, assessment.get(), settings.painReductionThreshold())) {
            return Optional.empty();
        }
        List<FollowUpRow> followUps = row.followUps();
        for (FollowUpRow followUp : followUps.subList(followUps.indexOf(assessment.get()) + 1, followUps.size())) {
            if (!responds(row, followUp, settings.painReductionThreshold())) return Optional.of(Observation.event(followUp.day() / 7.0));
        }
        return Optional.of(Observation.censored(followUps.get(followUps.size() - 1).day() / 7.0));
    }
}
