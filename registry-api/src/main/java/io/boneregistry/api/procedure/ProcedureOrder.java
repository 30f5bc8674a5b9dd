package io.boneregistry.api.procedure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order of a case's procedures: by date, the first recorded first on a tie. The first is the
 * index procedure, the one the statistics follow (docs/outcomes.md#terms).
 */
public final class ProcedureOrder {

    private ProcedureOrder() {
    }

    /** The procedures' ids in order; {@code procedures} iterates in recording order. */
    public static List<String> of(Map<String, Procedure> procedures) {
        List<String> order = new ArrayList<>(procedures.keySet());
        order.sort(Comparator.comparing(id -> procedures.get(id).performedOn()));   // stable: recording order on a tie
        return order;
    }

    public static Optional<String> index(Map<String, Procedure> procedures) {
        return of(procedures).stream().findFirst();
    }
}
