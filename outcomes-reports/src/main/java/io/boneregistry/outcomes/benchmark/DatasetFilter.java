package io.boneregistry.outcomes.benchmark;

import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.procedure.Technique;

import java.time.LocalDate;
import java.util.List;

/**
 * Which procedures a statistic looks at: a centre, an operator, procedure dates within [from, to]
 * (inclusive), a technique, {@code combined = false} for single-technique procedures only, and
 * {@code otherTreatment = false} for procedures with no other treatment (radiotherapy, systemic
 * therapy, surgery or fixation, re-treatment) started during their follow-up (docs/outcomes.md#filters).
 * Index procedures are decided on the whole case first, so filtering never makes a later
 * procedure an index one.
 */
public record DatasetFilter(String centreId, String operatorId, LocalDate from, LocalDate to, Technique technique,
                            Boolean combined, Boolean otherTreatment) {

    public DatasetFilter(String centreId, String operatorId, LocalDate from, LocalDate to, Technique technique, Boolean combined) {
        this(centreId, operatorId, from, to, technique, combined, null);
    }

    public static DatasetFilter all() {
        return new DatasetFilter(null, null, null, null, null, null, null);
    }

    public List<ProcedureRow> apply(List<ProcedureRow> rows) {
        return rows.stream().filter(this::keeps).toList();
    }

    public boolean keeps(ProcedureRow row) {
        return (centreId == null || centreId.equals(row.centreId()))
                && (operatorId == null || operatorId.equals(row.operatorId()))
                && (from == null || !row.performedOn().isBefore(from))
                && (to == null || !row.performedOn().isAfter(to))
                && (technique == null || row.uses(technique))
                && (!Boolean.FALSE.equals(combined) || row.singleTechnique())
                && (!Boolean.FALSE.equals(otherTreatment) || !row.otherTreatmentDuringFollowUp());
    }
}
