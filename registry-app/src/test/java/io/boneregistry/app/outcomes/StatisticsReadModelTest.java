package io.boneregistry.app.outcomes;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.api.access.CaseScope;
import io.boneregistry.api.analysis.AnalysisDataset;
import io.boneregistry.api.analysis.ConformanceTallies;
import io.boneregistry.api.analysis.ConformanceTallies.RuleTally;
import io.boneregistry.api.analysis.FindConformanceTallies;
import io.boneregistry.api.analysis.FindAnalysisDataset;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.app.DemoRegistryTest;
import io.boneregistry.app.ReadModels;
import io.boneregistry.cohort.DemoCohort;
import io.boneregistry.outcomes.OutcomeReports;
import io.boneregistry.outcomes.benchmark.Benchmark;
import io.boneregistry.outcomes.benchmark.BenchmarkRows;
import io.boneregistry.outcomes.benchmark.DatasetFilter;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import io.boneregistry.outcomes.cusum.CusumCharts;
import io.boneregistry.outcomes.funnel.FunnelPlots;
import io.boneregistry.outcomes.funnel.UnitKind;
import io.boneregistry.outcomes.survival.SurvivalCurves;
import io.boneregistry.outcomes.survival.SurvivalEndpoint;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the statistics read model answers exactly what the analysis dataset's documents
 * answered. Each report is computed both ways on the demo cohort — today's way, from every case
 * document, and through {@link OutcomeReports}, which reads the statistics read model — for a set of
 * filters and settings, and the answers must be equal to the last digit.
 */
@DemoRegistryTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsReadModelTest {

    private static final List<Double> AT = List.of(0.0, 4.0, 12.0, 52.0);

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private OutcomeReports reports;
    @Autowired
    private JdbcTemplate jdbc;

    private List<ProcedureRow> documents;

    @BeforeAll
    void everyProjectionHasReadTheWholeCohort() {
        ReadModels.awaitCaughtUp(mvc, json, Duration.ofMinutes(3));
        documents = queries.query(new FindAnalysisDataset(null, CaseScope.everyCentre()), AnalysisDataset.class).join().rows();
    }

    @Test
    void everyBenchmarkRowIsTheSameForEachFilterAndSetting() {
        for (DatasetFilter filter : filters()) {
            for (OutcomeSettings settings : settings()) {
                assertThat(reports.benchmarks(filter, settings, false).rows()).as(filter + " " + settings)
                        .isEqualTo(Arrays.stream(Benchmark.values()).map(b -> BenchmarkRows.row(b, filter.apply(documents), settings)).toList());
            }
        }
    }

    @Test
    void everyFunnelIsTheSameByCentreAndByOperator() {
        for (Benchmark benchmark : proportions()) {
            for (UnitKind by : UnitKind.values()) {
                for (DatasetFilter filter : filters()) {
                    for (boolean shared : List.of(false, true)) {
                        OutcomeSettings settings = OutcomeSettings.defaults();
                        assertThat(reports.funnel(benchmark, by, filter, settings, shared)).as(benchmark + " by " + by + " " + filter)
                                .isEqualTo(FunnelPlots.of(benchmark, by, filter.apply(documents), settings, shared));
                    }
                }
            }
        }
    }

    @Test
    void everyOperatorsCusumIsTheSame() {
        List<String> operators = documents.stream().map(ProcedureRow::operatorId).distinct().sorted().toList();
        for (String operator : operators) {
            for (Benchmark benchmark : List.of(Benchmark.CEMENT_PAIN, Benchmark.CEMENT_LEAK, Benchmark.CEMENT_MINOR, Benchmark.RFA_OO_SUCCESS)) {
                for (OutcomeSettings settings : settings()) {
                    DatasetFilter filter = new DatasetFilter(null, operator, null, null, null, null);
                    assertThat(reports.cusum(benchmark, operator, DatasetFilter.all(), settings, null, CaseScope.everyCentre()))
                            .as(operator + " " + benchmark).isEqualTo(CusumCharts.of(benchmark, operator, filter.apply(documents), settings, null));
                }
            }
        }
    }

    @Test
    void everySurvivalCurveIsTheSame() {
        List<Diagnosis> diagnoses = new ArrayList<>(Arrays.asList(Diagnosis.values()));
        diagnoses.add(null);
        for (SurvivalEndpoint endpoint : SurvivalEndpoint.values()) {
            for (Diagnosis diagnosis : diagnoses) {
                for (DatasetFilter filter : filters()) {
                    for (OutcomeSettings settings : settings()) {
                        List<ProcedureRow> rows = filter.apply(documents).stream()
                                .filter(row -> diagnosis == null || row.diagnosis() == diagnosis).toList();
                        assertThat(reports.survival(endpoint, filter, diagnosis, AT, settings)).as(endpoint + " " + diagnosis + " " + filter)
                                .isEqualTo(SurvivalCurves.of(endpoint, rows, AT, settings));
                    }
                }
            }
        }
    }

    private static List<Benchmark> proportions() {
        return Arrays.stream(Benchmark.values()).filter(benchmark -> !benchmark.timeToEvent()).toList();
    }

    /** Conformance is counted from evaluations held in memory; the GROUP BY it replaced is the oracle. */
    @Test
    void conformanceCountedInMemoryIsWhatSqlCountsOverTheTable() {
        for (DatasetFilter filter : filters()) {
            ConformanceTallies tallies = queries.query(new FindConformanceTallies(filter.centreId(), filter.from(), filter.to(),
                    CaseScope.everyCentre()), ConformanceTallies.class).join();
            List<Object> arguments = new ArrayList<>(List.of("PRE_PROCEDURE_CHECKS"));
            StringBuilder where = new StringBuilder("entry_kind <> ?");
            if (filter.centreId() != null) { where.append(" AND centre_id = ?"); arguments.add(filter.centreId()); }
            if (filter.from() != null) { where.append(" AND entry_date >= ?"); arguments.add(filter.from()); }
            if (filter.to() != null) { where.append(" AND entry_date <= ?"); arguments.add(filter.to()); }
            List<RuleTally> counted = jdbc.query("SELECT rule_id, centre_id, COUNT(DISTINCT CASE WHEN status <> 'NOT_JUDGED' THEN case_id END),"
                    + " COUNT(DISTINCT CASE WHEN status = 'DEVIATED' THEN case_id END), SUM(CASE WHEN status = 'DEVIATED' THEN 1 ELSE 0 END),"
                    + " COUNT(DISTINCT CASE WHEN status = 'ADVISORY' THEN case_id END),"
                    + " COUNT(DISTINCT CASE WHEN status = 'NOT_JUDGED' THEN case_id END) FROM conformance_evaluation WHERE " + where
                    + " GROUP BY rule_id, centre_id", (rs, row) -> new RuleTally(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                    rs.getInt(5), rs.getInt(6), rs.getInt(7)), arguments.toArray());
            assertThat(counted).as(filter.toString()).isNotEmpty();
            assertThat(tallies.tallies()).as(filter.toString()).containsExactlyInAnyOrderElementsOf(counted);
        }
    }

    private static List<DatasetFilter> filters() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2025, 6, 30);
        return List.of(
                DatasetFilter.all(),
                new DatasetFilter(DemoCohort.WORSE_CENTRE, null, null, null, null, null),
                new DatasetFilter(null, DemoCohort.WORSE_OPERATOR, null, null, null, null),
                new DatasetFilter(null, null, from, to, null, null),
                new DatasetFilter(null, null, null, null, Technique.CEMENTOPLASTY, false),
                new DatasetFilter(null, null, null, null, Technique.RFA, true),
                new DatasetFilter("IT-RM-03", null, from, null, Technique.ETHANOL, null));
    }

    private static List<OutcomeSettings> settings() {
        OutcomeSettings d = OutcomeSettings.defaults();
        return List.of(d,   // then each setting a count reads alone, which must not reuse the counts kept before
                new OutcomeSettings(28, 7, 56, 0.3, 10, 2.0, 4.5, 5),
                new OutcomeSettings(21, 7, 56, 0.3, 10, 2.0, 4.5, 5),
                new OutcomeSettings(21, 14, 56, 0.3, 10, 2.0, 4.5, 5),
                new OutcomeSettings(21, 14, 35, 0.3, 10, 2.0, 4.5, 5),
                new OutcomeSettings(21, 14, 35, 0.3, 30, 2.0, 4.5, 5),
                new OutcomeSettings(14, 3, 30, 0.3, 5, 1.5, 3.0, 3),
                new OutcomeSettings(90, 60, 120, 0.7, 20, 3.0, 5.0, 10));
    }
}
