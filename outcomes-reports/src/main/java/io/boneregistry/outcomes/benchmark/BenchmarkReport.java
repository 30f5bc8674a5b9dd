package io.boneregistry.outcomes.benchmark;

import java.util.List;

/** Every benchmark for the selected procedures, with the settings and filter that produced them. */
public record BenchmarkReport(OutcomeSettings settings, DatasetFilter filter, boolean shared, List<BenchmarkRow> rows) {
}
