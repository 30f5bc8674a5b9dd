package io.boneregistry.outcomes.conformance;

import io.boneregistry.api.analysis.ConformanceEvaluation;
import io.boneregistry.api.analysis.ConformanceTallies;
import io.boneregistry.api.analysis.ConformanceTallies.RuleTally;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.guideline.RuleStrength;
import io.boneregistry.api.guideline.RuleStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

/** How a rule's row is made of the read model's tallies; how cases are counted is ConformanceProjectionContract's. */
class ConformanceRowsTest {

    @Test
    void theCentresAddUpToTheRuleAndTheRateIsOfCases() {
        List<ConformanceRow> rows = ConformanceRows.of(new ConformanceTallies(List.of(
                new RuleTally("R-CRYO-CYCLES", "IT-MI-02", 1, 0, 0, 1, 0),
                new RuleTally("R-CRYO-CYCLES", "IT-BO-01", 2, 1, 1, 0, 0)),
                List.of(deviation("a", "IT-BO-01", "probe broke"))));

        ConformanceRow cycles = cycles(rows);
        assertThat(cycles.appliedCases()).isEqualTo(3);
        assertThat(cycles.deviatingCases()).isEqualTo(1);
        assertThat(cycles.deviationRate()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(cycles.advisedCases()).isEqualTo(1);
        assertThat(cycles.strength()).isEqualTo(RuleStrength.BINDING);
        assertThat(cycles.wilson95().low()).isPositive();
        assertThat(cycles.deviations()).singleElement().satisfies(d -> assertThat(d.justification()).isEqualTo("probe broke"));
        assertThat(cycles.byCentre()).extracting(CentreConformance::centreId, CentreConformance::appliedCases, CentreConformance::deviatingCases)
                .containsExactly(tuple("IT-BO-01", 2, 1), tuple("IT-MI-02", 1, 0));
    }

    @Test
    void deviationsNotListedAreCounted() {
        List<ConformanceRow> rows = ConformanceRows.of(new ConformanceTallies(List.of(
                new RuleTally("R-CRYO-CYCLES", "IT-BO-01", 1, 1, 1, 0, 0),
                new RuleTally("R-CRYO-CYCLES", "IT-MI-02", 1, 1, 2, 0, 0)),
                List.of(deviation("a", "IT-BO-01", "probe broke"))));

        ConformanceRow cycles = cycles(rows);
        assertThat(cycles.deviatingCases()).isEqualTo(2);
        assertThat(cycles.deviations()).extracting(Deviation::caseId).containsExactly("a");
        assertThat(cycles.unlistedDeviations()).isEqualTo(2);
    }

    @Test
    void everyRuleOfTheGuidelineHasARowAndTheUncheckedOnesSaySo() {
        List<ConformanceRow> rows = ConformanceRows.of(new ConformanceTallies(List.of(), List.of()));
        assertThat(rows).hasSize(GuidelineRule.values().length);
        assertThat(rows.stream().filter(row -> !row.encoded()).map(ConformanceRow::ruleId))
                .containsExactlyInAnyOrder("R-PREP-STERILITY", "R-ANAESTHESIA-CEMENT");
        assertThat(rows).allSatisfy(row -> assertThat(row.deviationRate()).isNull());
    }

    private static ConformanceRow cycles(List<ConformanceRow> rows) {
        return rows.stream().filter(row -> row.ruleId().equals("R-CRYO-CYCLES")).findFirst().orElseThrow();
    }

    private static ConformanceEvaluation deviation(String caseId, String centreId, String justification) {
        return new ConformanceEvaluation(caseId, centreId, EntryKind.PROCEDURE, caseId + "-p", LocalDate.of(2025, 1, 1),
                "R-CRYO-CYCLES", RuleStatus.DEVIATED, "1 freeze cycle", justification, true);
    }
}
