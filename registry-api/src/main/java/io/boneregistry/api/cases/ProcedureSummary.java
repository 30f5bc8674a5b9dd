package io.boneregistry.api.cases;

import io.boneregistry.api.procedure.Technique;

import java.time.LocalDate;
import java.util.List;

public record ProcedureSummary(String procedureId, LocalDate performedOn, String operatorId, List<Technique> techniques) {
}
