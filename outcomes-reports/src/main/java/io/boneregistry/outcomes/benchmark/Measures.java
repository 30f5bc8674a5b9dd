package io.boneregistry.outcomes.benchmark;

import io.boneregistry.api.answers.YesNo;
import io.boneregistry.api.analysis.FollowUpRow;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.complication.ComplicationType;
import io.boneregistry.api.followup.TumourVolumeChange;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.treatment.Intent;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static io.boneregistry.api.complication.ComplicationType.*;

/**
 * How each benchmark counts, word for word from docs/outcomes.md#outcomes: who is in the denominator, who in
 * the numerator, and who is left out as not evaluable.
 */
public final class Measures {

    private static final Set<ComplicationType> MINOR_AFTER_CEMENT =
            EnumSet.of(ALLERGIC_REACTION, PUNCTURE_SITE_BLEEDING, ACUTE_PAIN_INCREASE, NEW_PAIN_ELSEWHERE);
    private static final Set<TumourVolumeChange> VOLUME_REPORTED =
            EnumSet.of(TumourVolumeChange.REDUCED, TumourVolumeChange.STABLE, TumourVolumeChange.INCREASED);

    private Measures() {
    }

    public static Tally tally(Benchmark benchmark, List<ProcedureRow> rows, OutcomeSettings settings) {
        return switch (benchmark) {
            case CEMENT_PAIN, ETHANOL_PAIN, RFA_PALL_PAIN, CRYO_PAIN -> painCourses(benchmark, rows, settings).tally(settings.responderThreshold(benchmark));
            case CEMENT_LEAK -> vertebralCementLeaks(rows);
            case CEMENT_PE -> complication(rows, Technique.CEMENTOPLASTY, EnumSet.of(PULMONARY_EMBOLISM), settings);
            case CEMENT_INFECTION -> complication(rows, Technique.CEMENTOPLASTY, EnumSet.of(INFECTION), settings);
            case CEMENT_FRACTURE -> fracture(rows, settings);
            case CEMENT_MINOR -> patientsWithComplication(rows, Technique.CEMENTOPLASTY, MINOR_AFTER_CEMENT, settings);
            case ETHANOL_FEVER -> complication(rows, Technique.ETHANOL, EnumSet.of(FEVER), settings);
            case LASER_MAJOR -> patientsWithComplication(rows, Technique.LASER, EnumSet.of(NERVE_INJURY, NEURODYSTROPHY), settings);
            case CRYO_SHOCK -> complication(rows, Technique.CRYO, EnumSet.of(CRYOSHOCK), settings);
            case ETHANOL_SHRINK -> lastReportedVolume(rows, TumourVolumeChange.REDUCED);
            case ETHANOL_GROWTH -> lastReportedVolume(rows, TumourVolumeChange.INCREASED);
            case LASER_OO_SUCCESS -> osteoidOsteomaSuccess(rows, Technique.LASER, true);
            case RFA_OO_SUCCESS -> osteoidOsteomaSuccess(rows, Technique.RFA, false);
            case LASER_RECUR -> recurrence(rows, Technique.LASER, row -> row.diagnosis() == Diagnosis.OSTEOID_OSTEOMA, row -> false, settings);
            case RFA_OO_RECUR -> recurrence(rows, Technique.RFA, row -> row.diagnosis() == Diagnosis.OSTEOID_OSTEOMA, row -> false, settings);
            case RFA_OB_RECUR -> recurrence(rows, Technique.RFA, osteoblastoma(YesNo::no), osteoblastoma(YesNo::unknown), settings);
            case RFA_OBA_RECUR -> recurrence(rows, Technique.RFA, osteoblastoma(YesNo::yes), osteoblastoma(YesNo::unknown), settings);
            case RFI_NEURALGIA -> neuralgiaReduction(rows, settings);
            case ETHANOL_DURATION -> painCourses(benchmark, rows, settings).responders(settings.responderThreshold(benchmark));
        };
    }

    /** A benchmark's count under any settings that agree with the ones it was made under on what it {@linkplain #reads reads}. */
    @FunctionalInterface
    public interface Counter {
        Tally.Count count(OutcomeSettings settings);
    }

    /** {@link #tally}'s numbers, ready for any pain threshold: a new threshold counts numbers, not procedures. */
    public static Counter counter(Benchmark benchmark, List<ProcedureRow> rows, OutcomeSettings settings) {
        if (readsThreshold(benchmark)) {
            PainCourses courses = painCourses(benchmark, rows, settings);
            return benchmark.timeToEvent() ? kept -> courses.responders(kept.responderThreshold(benchmark)).count()
                    : kept -> courses.count(kept.responderThreshold(benchmark));
        }
        Tally.Count count = tally(benchmark, rows, settings).count();
        return kept -> count;
    }

    /**
     * The pain courses a pain benchmark counts: index procedures of its technique (palliative ones
     * only for the ablations, whose curative cases have their own benchmarks).
     */
    public static PainCourses painCourses(Benchmark benchmark, List<ProcedureRow> rows, OutcomeSettings window) {
        if (!readsThreshold(benchmark)) throw new IllegalArgumentException(benchmark.id() + " does not count pain responses");
        boolean palliativeOnly = benchmark == Benchmark.RFA_PALL_PAIN || benchmark == Benchmark.CRYO_PAIN;
        return PainCourses.of(rows.stream().filter(row -> row.index() && row.uses(benchmark.technique())
                && (!palliativeOnly || row.intent() == Intent.PALLIATIVE)).toList(), window);
    }

    private static boolean readsThreshold(Benchmark benchmark) {
        return switch (benchmark) {
            case CEMENT_PAIN, ETHANOL_PAIN, RFA_PALL_PAIN, CRYO_PAIN, ETHANOL_DURATION -> true;
            default -> false;
        };
    }

    /**
     * The settings a benchmark's {@linkplain #counter counter} reads when made; a counter made under
     * other settings that agree on these counts the same. The threshold is read only when counting.
     */
    public static List<Object> reads(Benchmark benchmark, OutcomeSettings settings) {
        return switch (benchmark) {
            case CEMENT_PAIN, ETHANOL_PAIN, RFA_PALL_PAIN, CRYO_PAIN, ETHANOL_DURATION, RFI_NEURALGIA -> List.copyOf(settings.painWindow());
            case CEMENT_PE, CEMENT_INFECTION, CEMENT_FRACTURE, CEMENT_MINOR, ETHANOL_FEVER, LASER_MAJOR, CRYO_SHOCK ->
                    List.of(settings.complicationWindowDays());
            case LASER_RECUR, RFA_OO_RECUR, RFA_OB_RECUR, RFA_OBA_RECUR -> List.of(settings.recurrenceFollowUpDays());
            default -> List.of();
        };
    }

    /**
     * One member per mobile-spine vertebra a procedure cemented (one per level, whatever its steps)
     * that says whether it leaked; a vertebra with leakage observed is a hit, one whose leak was left
     * unknown is not evaluable. The vertebrae of one case are a cluster.
     */
    private static Tally vertebralCementLeaks(List<ProcedureRow> rows) {
        List<Member> members = new ArrayList<>();
        int notEvaluable = 0;
        for (ProcedureRow row : rows) {
            int known = row.vertebralCementSteps() - row.vertebralCementStepsLeakUnknown();
            for (int step = 0; step < known; step++) {
                members.add(new Member(row, step < row.vertebralCementStepsLeaking()));
            }
            notEvaluable += row.vertebralCementStepsLeakUnknown();
        }
        return new Tally(members, notEvaluable, true);
    }

    /** Procedures with the technique; a hit has one of the complications within the window ("dei casi": per session). */
    private static Tally complication(List<ProcedureRow> rows, Technique technique, Set<ComplicationType> types, OutcomeSettings settings) {
        List<Member> members = rows.stream().filter(row -> row.uses(technique))
                .map(row -> new Member(row, complicated(row, types, settings))).toList();
        return new Tally(members, 0);
    }

    /** A fracture after cementoplasty: recorded as a complication, or at the treated site by a follow-up, within the window. */
    private static Tally fracture(List<ProcedureRow> rows, OutcomeSettings settings) {
        List<Member> members = rows.stream().filter(row -> row.uses(Technique.CEMENTOPLASTY))
                .map(row -> new Member(row, complicated(row, EnumSet.of(FRACTURE), settings) || row.followUps().stream()
                        .anyMatch(f -> Boolean.TRUE.equals(f.fractureAtTreatedSite()) && settings.withinComplicationWindow(f.day()))))
                .toList();
        return new Tally(members, 0);
    }

    /**
     * Cases (patients, "dei pazienti") with a procedure using the technique; a hit had one of the
     * complications within the window after any of them. The member is the case's first such procedure.
     */
    private static Tally patientsWithComplication(List<ProcedureRow> rows, Technique technique, Set<ComplicationType> types,
                                                  OutcomeSettings settings) {
        Map<String, Member> byCase = new LinkedHashMap<>();
        for (ProcedureRow row : rows) {
            if (!row.uses(technique)) continue;
            boolean hit = complicated(row, types, settings);
            byCase.merge(row.caseId(), new Member(row, hit), (first, later) -> new Member(first.row(), first.hit() || later.hit()));
        }
        return new Tally(List.copyOf(byCase.values()), 0);
    }

    private static boolean complicated(ProcedureRow row, Set<ComplicationType> types, OutcomeSettings settings) {
        return row.complications().stream().anyMatch(c -> types.contains(c.type()) && settings.withinComplicationWindow(c.day()));
    }

    /** Ethanol index procedures with a reported tumour volume; the last one reported decides. */
    private static Tally lastReportedVolume(List<ProcedureRow> rows, TumourVolumeChange hit) {
        List<Member> members = new ArrayList<>();
        int notEvaluable = 0;
        for (ProcedureRow row : rows) {
            if (!row.index() || !row.uses(Technique.ETHANOL)) continue;
            List<FollowUpRow> reported = row.followUps().stream().filter(f -> VOLUME_REPORTED.contains(f.tumourVolume())).toList();
            if (reported.isEmpty()) notEvaluable++;
            else members.add(new Member(row, reported.get(reported.size() - 1).tumourVolume() == hit));
        }
        return new Tally(members, notEvaluable);
    }

    /**
     * VAS 0 at the last follow-up (at the treated site when recorded) and no recurrence at any; for
     * laser also no second procedure in the case ("in una sessione singola" is said of laser only).
     */
    private static Tally osteoidOsteomaSuccess(List<ProcedureRow> rows, Technique technique, boolean singleSession) {
        List<Member> members = new ArrayList<>();
        int notEvaluable = 0;
        for (ProcedureRow row : curativeIndex(rows, technique, r -> r.diagnosis() == Diagnosis.OSTEOID_OSTEOMA)) {
            if (row.followUps().stream().noneMatch(f -> f.day() >= OutcomeSettings.SUCCESS_FOLLOW_UP_DAY)) {
                notEvaluable++;
                continue;
            }
            FollowUpRow last = row.followUps().get(row.followUps().size() - 1);
            boolean success = last.painVas() == 0 && !recurred(row) && (!singleSession || row.proceduresInCase() == 1);
            members.add(new Member(row, success));
        }
        return new Tally(members, notEvaluable);
    }

    /** An osteoblastoma whose aggressiveness answers {@code aggressive}. */
    private static Predicate<ProcedureRow> osteoblastoma(Predicate<Boolean> aggressive) {
        return row -> row.diagnosis() == Diagnosis.OSTEOBLASTOMA && aggressive.test(row.aggressive());
    }

    /**
     * Local recurrence among curative index procedures on {@code diagnosis}: a recurrence at any
     * follow-up is a hit; no recurrence counts only once a follow-up reached the minimum follow-up
     * (a day-7 visit says nothing of recurrence), otherwise not evaluable, as are those
     * {@code unknown} (which group is not known).
     */
    private static Tally recurrence(List<ProcedureRow> rows, Technique technique, Predicate<ProcedureRow> diagnosis,
                                    Predicate<ProcedureRow> unknown, OutcomeSettings settings) {
        List<Member> members = new ArrayList<>();
        int notEvaluable = curativeIndex(rows, technique, unknown).size();
        for (ProcedureRow row : curativeIndex(rows, technique, diagnosis)) {
            boolean followedLongEnough = row.followUps().stream().anyMatch(f -> f.day() >= settings.recurrenceFollowUpDays());
            if (recurred(row) || followedLongEnough) members.add(new Member(row, recurred(row)));
            else notEvaluable++;
        }
        return new Tally(members, notEvaluable);
    }

    /**
     * Index RF ionisations with baseline neuralgia ("riduzione delle nevralgie"): at the assessment
     * follow-up, neuralgia gone, or persisting with an intensity lower than at baseline, is a hit;
     * persisting at the same or a higher intensity is not. Neuralgia not recorded, or persisting
     * with either intensity not recorded, is not evaluable (whether it lessened is not known).
     */
    private static Tally neuralgiaReduction(List<ProcedureRow> rows, OutcomeSettings settings) {
        List<Member> members = new ArrayList<>();
        int notEvaluable = 0;
        for (ProcedureRow row : rows) {
            if (!row.index() || !row.uses(Technique.RF_IONIZATION) || !Boolean.TRUE.equals(row.baselineNeuralgia())) continue;
            Boolean reduced = PainResponse.assessmentFollowUp(row, settings).map(f -> neuralgiaReduced(row, f)).orElse(null);
            if (reduced == null) notEvaluable++;
            else members.add(new Member(row, reduced));
        }
        return new Tally(members, notEvaluable);
    }

    /** Whether the neuralgia present at baseline was reduced at this follow-up; null when that is not known. */
    static Boolean neuralgiaReduced(ProcedureRow row, FollowUpRow followUp) {
        if (followUp.neuralgia() == null) return null;
        if (!followUp.neuralgia()) return true;
        Integer before = row.baselineNeuralgiaIntensity();
        Integer after = followUp.neuralgiaIntensity();
        return before == null || after == null ? null : after < before;
    }

    private static List<ProcedureRow> curativeIndex(List<ProcedureRow> rows, Technique technique, Predicate<ProcedureRow> diagnosis) {
        return rows.stream().filter(row -> row.index() && row.uses(technique) && row.intent() == Intent.CURATIVE && diagnosis.test(row)).toList();
    }

    private static boolean recurred(ProcedureRow row) {
        return row.followUps().stream().anyMatch(f -> Boolean.TRUE.equals(f.localRecurrence()));
    }
}
