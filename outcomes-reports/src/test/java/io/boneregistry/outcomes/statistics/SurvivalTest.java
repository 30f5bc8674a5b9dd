package io.boneregistry.outcomes.statistics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.boneregistry.outcomes.statistics.ReferenceCsv.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Against survival::survfit(conf.type = "log-log") and quantile.survfit: reference/km-*.csv. */
class SurvivalTest {

    @ParameterizedTest
    @ValueSource(strings = {"ties", "allCensored", "plateauToEnd", "plateauThenDrop", "single", "weeks"})
    void kaplanMeierAgreesWithR(String dataset) {
        KaplanMeier.Estimate estimate = KaplanMeier.estimate(observations("km-" + dataset + ".csv"), 0.95);
        List<Map<String, String>> expected = ReferenceCsv.read("km-steps.csv").stream()
                .filter(row -> row.get("dataset").equals(dataset)).toList();
        assertThat(estimate.steps()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            SurvivalStep step = estimate.steps().get(i);
            Map<String, String> row = expected.get(i);
            assertThat(step.time()).isEqualTo(number(row, "time"));
            assertThat(step.atRisk()).isEqualTo(number(row, "atRisk").intValue());
            assertThat(step.events()).isEqualTo(number(row, "events").intValue());
            assertThat(step.censored()).isEqualTo(number(row, "censored").intValue());
            assertThat(step.survival()).isCloseTo(number(row, "survival"), within(1e-12));
            if (Double.isFinite(step.stdErr())) assertThat(step.stdErr()).isCloseTo(number(row, "stdErr"), within(1e-12));
            assertNullableClose(step.lower(), number(row, "lower"), dataset + " lower at " + step.time());
            assertNullableClose(step.upper(), number(row, "upper"), dataset + " upper at " + step.time());
        }
        Map<String, String> median = ReferenceCsv.read("km-medians.csv").stream()
                .filter(row -> row.get("dataset").equals(dataset)).findFirst().orElseThrow();
        assertNullableClose(estimate.median(), number(median, "median"), dataset + " median");
        assertNullableClose(estimate.median95().low(), number(median, "low"), dataset + " median low");
        assertNullableClose(estimate.median95().high(), number(median, "high"), dataset + " median high");
    }

    @Test
    void aalenJohansenAgreesWithRsMultiStateSurvfit() {
        List<Observation> observations = ReferenceCsv.read("competing.csv").stream()
                .map(row -> new Observation(number(row, "time"), number(row, "status").intValue())).toList();
        List<AalenJohansen.Step> steps = AalenJohansen.cumulativeIncidence(observations);
        List<Map<String, String>> expected = ReferenceCsv.read("aalen-johansen.csv");
        assertThat(steps).hasSize(expected.size());
        for (int i = 0; i < steps.size(); i++) {
            assertThat(steps.get(i).time()).isEqualTo(number(expected.get(i), "time"));
            assertThat(steps.get(i).cumulativeIncidence()).as("at " + steps.get(i).time())
                    .isCloseTo(number(expected.get(i), "incidence"), within(1e-12));
        }
    }

    @Test
    void numberAtRiskCountsThoseObservedAtLeastThatLong() {
        List<Observation> observations = List.of(Observation.event(2), Observation.censored(4), Observation.event(4), Observation.event(9));
        KaplanMeier.Estimate estimate = KaplanMeier.estimate(observations, 0.95);
        assertThat(estimate.atRisk(0)).isEqualTo(4);
        assertThat(estimate.atRisk(2)).isEqualTo(4);
        assertThat(estimate.atRisk(3)).isEqualTo(3);
        assertThat(estimate.atRisk(4)).isEqualTo(3);
        assertThat(estimate.atRisk(5)).isEqualTo(1);
        assertThat(estimate.atRisk(9)).isEqualTo(1);
        assertThat(estimate.atRisk(10)).isEqualTo(0);
    }

    private static List<Observation> observations(String file) {
        return ReferenceCsv.read(file).stream()
                .map(row -> new Observation(number(row, "time"), number(row, "status").intValue())).toList();
    }

    private static void assertNullableClose(Double actual, Double expected, String what) {
        if (expected == null) assertThat(actual).as(what).isNull();
        else assertThat(actual).as(what).isNotNull().isCloseTo(expected, within(1e-9));
    }
}
