package io.boneregistry.outcomes.conformance;

import io.boneregistry.api.analysis.ConformanceEvaluation;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.guideline.RuleStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConformanceRowsTest {

    @Test
    void casesAreCountedOnceHoweverManyOfTheirEntriesTheRuleApplyTo() {
        List<ConformanceRow> rows = ConformanceRows.of(List.of(
                evaluation("a", "IT-BO-01", "p-1", RuleStatus.MET, null),
                evaluation("a", "IT-BO-01", "p-2", RuleStatus.DEVIATED, "probe broke"),
                evaluation("b", "IT-BO-01", "p-3", RuleStatus.MET, null),
                evaluation("c", "IT-MI-02", "p-4", RuleStatus.MET, null)));

        ConformanceRow cycles = rows.stream().filter(row -> row.ruleId().equals("R-CRYO-CYCLES")).findFirst().orElseThrow();
        assertThat(cycles.appliedCases()).isEqualTo(3);
        assertThat(cycles.deviatingCases()).isEqualTo(1);
        assertThat(cycles.deviationRate()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(cycles.deviations()).singleElement().satisfies(d -> assertThat(d.justification()).isEqualTo("probe broke"));
        assertThat(cycles.byCentre()).extracting(CentreConformance::centreId, CentreConformance::appliedCases, CentreConformance::deviatingCases)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IT-BO-01", 2, 1), org.assertj.core.groups.Tuple.tuple("IT-MI-02", 1, 0));
    }

    @Test
    void deviationsOutsideTheAskersScopeAreCountedButNotListed() {
        List<ConformanceRow> rows = ConformanceRows.of(List.of(
                evaluation("a", "IT-BO-01", "p-1", RuleStatus.DEVIATED, "probe broke"),
                evaluation("b", "IT-MI-02", "p-2", RuleStatus.DEVIATED, "machine fault").countedOnly("someone")));

        ConformanceRow cycles = rows.stream().filter(row -> row.ruleId().equals("R-CRYO-CYCLES")).findFirst().orElseThrow();
        assertThat(cycles.deviatingCases()).isEqualTo(2);
        assertThat(cycles.deviations()).extracting(Deviation::caseId).containsExactly("a");
        assertThat(cycles.unlistedDeviations()).isEqualTo(1);
    }

    @Test
    void everyRuleOfTheGuidelineHasARowAndTheUncheckedOnesSaySo() {
        List<ConformanceRow> rows = ConformanceRows.of(List.of());
        assertThat(rows).hasSize(GuidelineRule.values().length);
        assertThat(rows.stream().filter(row -> !row.encoded()).map(ConformanceRow::ruleId))
                .containsExactlyInAnyOrder("R-PREP-STERILITY", "R-ANAESTHESIA-CEMENT");
        assertThat(rows).allSatisfy(row -> assertThat(row.deviationRate()).isNull());
    }

    private static ConformanceEvaluation evaluation(String caseId, String centreId, String procedureId, RuleStatus status, String justification) {
        return new ConformanceEvaluation(caseId, centreId, EntryKind.PROCEDURE, procedureId, LocalDate.of(2025, 1, 1),
                "R-CRYO-CYCLES", status, status == RuleStatus.MET ? "two cycles" : "1 freeze cycle", justification, true);
    }
}
