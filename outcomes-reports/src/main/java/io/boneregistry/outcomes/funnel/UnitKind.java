package io.boneregistry.outcomes.funnel;

import io.boneregistry.api.analysis.ProcedureRow;

/** What a funnel plot compares: centres or operators. */
public enum UnitKind {
    CENTRE, OPERATOR;

    public String of(ProcedureRow row) {
        return this == CENTRE ? row.centreId() : row.operatorId();
    }
}
