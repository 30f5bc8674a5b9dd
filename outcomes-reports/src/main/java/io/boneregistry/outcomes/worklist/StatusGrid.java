package io.boneregistry.outcomes.worklist;

import io.boneregistry.api.analysis.ConformanceEvaluation;
import io.boneregistry.api.cases.CaseStage;
import io.boneregistry.api.cases.CaseSummary;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.RuleStatus;
import io.boneregistry.api.registration.Sex;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Open cases against the steps of the pathway, as record-status dashboards show them: a step is
 * done, done but lacking answers (incomplete, the fields named), done with a deviation from the
 * guideline, not needed (a biopsy the guideline does not ask for), or not recorded yet. Cases
 * entered in error are not on it.
 */
public final class StatusGrid {

    /** The steps every treated case goes through, in pathway order. */
    public static final List<EntryKind> STEPS = List.of(EntryKind.ASSESSMENT, EntryKind.BIOPSY_DECISION, EntryKind.BIOPSY,
            EntryKind.TREATMENT_DECISION, EntryKind.PRE_PROCEDURE_CHECKS, EntryKind.PROCEDURE, EntryKind.FOLLOW_UP, EntryKind.CLOSURE);

    public enum Cell { DONE, INCOMPLETE, DEVIATED, NOT_NEEDED, MISSING }

    /** {@code missing}: per step, the answers its entries lack, each as "entry key: field". */
    public record Row(String caseId, String centreId, String patientPseudonym, Integer birthYear, Sex sex, CaseStage stage,
                      Map<EntryKind, Cell> steps, Map<EntryKind, List<String>> missing) {
    }

    private StatusGrid() {
    }

    public static List<Row> of(List<CaseSummary> cases, List<ConformanceEvaluation> evaluations) {
        Map<String, Set<EntryKind>> deviated = new HashMap<>();
        for (ConformanceEvaluation evaluation : evaluations) {
            if (evaluation.inScope() && evaluation.status() == RuleStatus.DEVIATED) {
                deviated.computeIfAbsent(evaluation.caseId(), id -> EnumSet.noneOf(EntryKind.class)).add(evaluation.entryKind());
            }
        }
        return cases.stream().filter(summary -> !summary.closed() && !summary.enteredInError())
                .map(summary -> row(summary, deviated.getOrDefault(summary.caseId(), Set.of()))).toList();
    }

    private static Row row(CaseSummary summary, Set<EntryKind> deviated) {
        Map<EntryKind, List<String>> lacking = new EnumMap<>(EntryKind.class);
        Set<EntryKind> recorded = EnumSet.noneOf(EntryKind.class);
        summary.missing().forEach((key, fields) -> {
            EntryKind kind = EntryKind.valueOf(key.split("/")[0]);
            recorded.add(kind);
            for (String field : fields) lacking.computeIfAbsent(kind, k -> new ArrayList<>()).add(key + ": " + field);
        });
        Map<EntryKind, Cell> steps = new EnumMap<>(EntryKind.class);
        for (EntryKind step : STEPS) {
            steps.put(step, cell(summary, step, recorded.contains(step) || passed(summary, step), deviated.contains(step),
                    lacking.containsKey(step)));
        }
        return new Row(summary.caseId(), summary.centreId(), summary.patientPseudonym(), summary.birthYear(), summary.sex(),
                summary.stage(), steps, lacking);
    }

    private static Cell cell(CaseSummary summary, EntryKind step, boolean done, boolean deviated, boolean lacking) {
        if (deviated) return Cell.DEVIATED;
        if (done) return lacking ? Cell.INCOMPLETE : Cell.DONE;
        boolean biopsyStep = step == EntryKind.BIOPSY_DECISION || step == EntryKind.BIOPSY;
        return biopsyStep && Boolean.FALSE.equals(summary.biopsyAdvised()) ? Cell.NOT_NEEDED : Cell.MISSING;
    }

    /** What the case's stage shows recorded: the assessment and decision behind it (entries the summary holds are read directly). */
    private static boolean passed(CaseSummary summary, EntryKind step) {
        return switch (step) {
            case ASSESSMENT -> summary.stage().compareTo(CaseStage.ASSESSED) >= 0;
            case TREATMENT_DECISION -> summary.stage().compareTo(CaseStage.TREATMENT_DECIDED) >= 0;
            case PROCEDURE -> !summary.procedures().isEmpty();
            case CLOSURE -> summary.closed();
            default -> false;
        };
    }
}
