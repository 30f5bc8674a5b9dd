package io.boneregistry.outcomes.conformance;

import java.time.LocalDate;
import java.util.List;

public record ConformanceReport(String centreId, LocalDate from, LocalDate to, List<ConformanceRow> rows) {
}
