package io.boneregistry.outcomes.cusum;

import java.time.LocalDate;

public record CusumPoint(int index, String caseId, String procedureId, LocalDate performedOn, boolean failure,
                         double value, boolean signal) {
}
