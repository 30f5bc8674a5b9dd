package io.boneregistry.outcomes.worklist;

import io.boneregistry.api.analysis.ConformanceEvaluation;
import io.boneregistry.api.cases.CaseStage;
import io.boneregistry.api.cases.CaseSummary;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.RuleStatus;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Open cases against the steps of the pathway, as record-status dashboards show them: a step is
 * done, done with a deviation from the guideline, or not recorded yet. A step counts as done when
 * the case's stage has passed it (checks come before any procedure) or the guideline evaluated an entry of it.
 */
public final class StatusGrid {

    /** The steps every treated case goes through, in pathway order; the biopsy ones are optional and shown when recorded. */
    public static final List<EntryKind> STEPS = List.of(EntryKind.ASSESSMENT, EntryKind.BIOPSY_DECISION, EntryKind.BIOPSY,
            EntryKind.TREATMENT_DECISION, EntryKind.PRE_PROCEDURE_CHECKS, EntryKind.PROCEDURE, EntryKind.FOLLOW_UP, EntryKind.CLOSURE);

    public enum Cell { DONE, DEVIATED, MISSING }

    public record Row(String caseId, String centreId, CaseStage stage, Map<EntryKind, Cell> steps) {
    }

    private StatusGrid() {
    }

    public static List<Row> of(List<CaseSummary> cases, List<ConformanceEvaluation> evaluations) {
        Map<String, Set<EntryKind>> evaluated = new HashMap<>();
        Map<String, Set<EntryKind>> deviated = new HashMap<>();
        for (ConformanceEvaluation evaluation : evaluations) {
            if (!evaluation.inScope()) continue;
            evaluated.computeIfAbsent(evaluation.caseId(), id -> EnumSet.noneOf(EntryKind.class)).add(evaluation.entryKind());
            if (evaluation.status() == RuleStatus.DEVIATED) {
                deviated.computeIfAbsent(evaluation.caseId(), id -> EnumSet.noneOf(EntryKind.class)).add(evaluation.entryKind());
            }
        }
        return cases.stream().filter(summary -> !summary.closed()).map(summary -> {
            Map<EntryKind, Cell> steps = new EnumMap<>(EntryKind.class);
            for (EntryKind step : STEPS) {
                boolean done = passed(summary, step) || evaluated.getOrDefault(summary.caseId(), Set.of()).contains(step);
                steps.put(step, deviated.getOrDefault(summary.caseId(), Set.of()).contains(step) ? Cell.DEVIATED
                        : done ? Cell.DONE : Cell.MISSING);
            }
            return new Row(summary.caseId(), summary.centreId(), summary.stage(), steps);
        }).toList();
    }

    private static boolean passed(CaseSummary summary, EntryKind step) {
        return switch (step) {
            case ASSESSMENT -> summary.stage().compareTo(CaseStage.ASSESSED) >= 0;
            case TREATMENT_DECISION -> summary.stage().compareTo(CaseStage.TREATMENT_DECIDED) >= 0;
            case PROCEDURE, PRE_PROCEDURE_CHECKS -> !summary.procedures().isEmpty();
            case FOLLOW_UP -> summary.latestPain() != null && !summary.procedures().isEmpty() && summary.latestPain().assessedOn() != null
                    && summary.latestPain().assessedOn().isAfter(summary.procedures().get(0).performedOn());
            case CLOSURE -> summary.closed();
            default -> false;
        };
    }
}
