package io.boneregistry.projections.conformance;

import io.boneregistry.api.guideline.EntryKind;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The evaluations a conformance question looks at: pre-procedure checks left out, a centre, a period of clinical dates. */
record EvaluationSelection(String where, Object[] arguments) {

    static EvaluationSelection of(String centreId, LocalDate from, LocalDate to) {
        StringBuilder where = new StringBuilder("entry_kind <> ?");
        List<Object> arguments = new ArrayList<>(List.of(EntryKind.PRE_PROCEDURE_CHECKS.name()));
        if (centreId != null) {
            where.append(" AND centre_id = ?");
            arguments.add(centreId);
        }
        if (from != null) {
            where.append(" AND entry_date >= ?");
            arguments.add(Date.valueOf(from));
        }
        if (to != null) {
            where.append(" AND entry_date <= ?");
            arguments.add(Date.valueOf(to));
        }
        return new EvaluationSelection(where.toString(), arguments.toArray());
    }
}
