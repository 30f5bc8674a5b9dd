package io.boneregistry.app.outcomes;

import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.app.exportlog.RecordedExport;
import io.boneregistry.app.security.CentreScoped;
import io.boneregistry.app.security.Requesters;
import io.boneregistry.app.web.FieldProblem;
import io.boneregistry.app.web.InvalidRequestException;
import io.boneregistry.outcomes.OutcomeReports;
import io.boneregistry.outcomes.benchmark.Benchmark;
import io.boneregistry.outcomes.benchmark.BenchmarkReport;
import io.boneregistry.outcomes.conformance.ConformanceReport;
import io.boneregistry.outcomes.cusum.CusumChart;
import io.boneregistry.outcomes.funnel.FunnelPlot;
import io.boneregistry.outcomes.funnel.UnitKind;
import io.boneregistry.outcomes.survival.SurvivalCurve;
import io.boneregistry.outcomes.survival.SurvivalEndpoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Outcome statistics against the guideline's benchmarks, and conformance to its rules. */
@RestController
@CentreScoped(CentreScoped.Scope.STATISTICS)
class OutcomesController {

    private static final List<Double> DEFAULT_AT_RISK_WEEKS = List.of(0.0, 4.0, 8.0, 12.0, 26.0, 52.0, 104.0);

    private final OutcomeReports reports;

    OutcomesController(OutcomeReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/outcomes/benchmarks")
    BenchmarkReport benchmarks(@Valid FilterParams filter, @Valid SettingsParams settings,
                               @RequestParam(defaultValue = "false") boolean shared) {
        return reports.benchmarks(filter.filter(), settings.settings(), shared);
    }

    @GetMapping("/api/outcomes/funnel")
    FunnelPlot funnel(@RequestParam String benchmarkId, @RequestParam(defaultValue = "centre") String by,
                      @Valid FilterParams filter, @Valid SettingsParams settings,
                      @RequestParam(defaultValue = "false") boolean shared) {
        return reports.funnel(proportion(benchmarkId), unitKind(by), filter.filter(), settings.settings(), shared);
    }

    @GetMapping("/api/outcomes/cusum")
    CusumChart cusum(@RequestParam String benchmarkId, @RequestParam String operatorId, @Valid FilterParams filter,
                     @Valid SettingsParams settings,
                     @RequestParam(required = false) @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double p0) {
        return reports.cusum(proportion(benchmarkId), operatorId, filter.filter(), settings.settings(), p0, Requesters.required().caseScope());
    }

    @GetMapping("/api/outcomes/survival")
    SurvivalCurve survival(@RequestParam SurvivalEndpoint endpoint, @RequestParam(required = false) Diagnosis diagnosis,
                           @RequestParam(required = false) List<@DecimalMin("0") Double> at,
                           @Valid FilterParams filter, @Valid SettingsParams settings) {
        return reports.survival(endpoint, filter.filter(), diagnosis, at == null ? DEFAULT_AT_RISK_WEEKS : at, settings.settings());
    }

    @GetMapping("/api/outcomes/units")
    @CentreScoped(CentreScoped.Scope.REGISTRY)
    OutcomeReports.Units units() {
        return reports.units();
    }

    /** The benchmark catalogue: every BM- id with its figure, direction, population and source. */
    @GetMapping("/api/outcomes/catalogue")
    @CentreScoped(CentreScoped.Scope.REGISTRY)
    List<CatalogueEntry> catalogue() {
        return Arrays.stream(Benchmark.values()).map(CatalogueEntry::of).toList();
    }

    record CatalogueEntry(String benchmarkId, String technique, String measure, String population, double low, double high,
                          String direction, String source, boolean timeToEvent) {
        static CatalogueEntry of(Benchmark b) {
            return new CatalogueEntry(b.id(), b.technique().name(), b.measure(), b.population(), b.low(), b.high(),
                    b.direction().name(), b.source(), b.timeToEvent());
        }
    }

    /** The analysis dataset as the statistics read it, for anyone who wants to recount. */
    @GetMapping("/api/outcomes/dataset")
    @RecordedExport("dataset")
    @CentreScoped(CentreScoped.Scope.CENTRE_ROWS)
    List<ProcedureRow> dataset(@Valid FilterParams filter) {
        return reports.caseRows(filter.filter(), Requesters.required().caseScope());
    }

    @GetMapping("/api/quality/conformance")
    ConformanceReport conformance(@Valid PeriodParams period) {
        return reports.conformance(period.centreId(), period.from(), period.to(), Requesters.required().caseScope());
    }

    private static Benchmark proportion(String benchmarkId) {
        Benchmark benchmark = Benchmark.byId(benchmarkId).orElseThrow(() -> invalid("benchmarkId", "no benchmark " + benchmarkId));
        if (benchmark.timeToEvent()) throw invalid("benchmarkId", benchmarkId + " is a time to event; see /api/outcomes/survival");
        return benchmark;
    }

    private static UnitKind unitKind(String by) {
        return switch (by) {
            case "centre" -> UnitKind.CENTRE;
            case "operator" -> UnitKind.OPERATOR;
            default -> throw invalid("by", "centre or operator");
        };
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new FieldProblem(field, message)));
    }
}
