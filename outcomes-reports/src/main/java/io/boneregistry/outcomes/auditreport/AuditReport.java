package io.boneregistry.outcomes.auditreport;

import io.boneregistry.outcomes.benchmark.BenchmarkReport;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import io.boneregistry.outcomes.conformance.ConformanceReport;
import io.boneregistry.outcomes.funnel.FunnelPlot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the printable audit report shows for a centre (or the whole registry) and a period: the
 * benchmark table, a funnel plot by centre for each proportion, guideline conformance, and the
 * settings the numbers were computed with.
 */
public record AuditReport(String centreId, LocalDate from, LocalDate to, Instant generatedAt, OutcomeSettings settings,
                          BenchmarkReport benchmarks, List<FunnelPlot> funnels, ConformanceReport conformance) {
}
