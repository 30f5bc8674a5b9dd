package io.boneregistry.outcomes.statistics;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.boneregistry.outcomes.statistics.ReferenceCsv.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Against R's prop.test(correct = FALSE) and binom.test: reference/proportions.csv from reference.R. */
class ProportionsTest {

    @Test
    void wilsonClopperPearsonAndExactPValuesAgreeWithR() {
        for (Map<String, String> row : ReferenceCsv.read("proportions.csv")) {
            int x = number(row, "x").intValue();
            int n = number(row, "n").intValue();
            Interval wilson = Proportions.wilson(x, n, 0.95);
            Interval exact = Proportions.clopperPearson(x, n, 0.95);
            String label = x + "/" + n;
            assertThat(wilson.low()).as("Wilson low " + label).isCloseTo(number(row, "wilsonLow"), within(1e-12));
            assertThat(wilson.high()).as("Wilson high " + label).isCloseTo(number(row, "wilsonHigh"), within(1e-12));
            assertThat(exact.low()).as("exact low " + label).isCloseTo(number(row, "exactLow"), within(1e-10));
            assertThat(exact.high()).as("exact high " + label).isCloseTo(number(row, "exactHigh"), within(1e-10));
            assertThat(Proportions.atMost(x, n, number(row, "lo"))).as("P(X<=x) " + label)
                    .isCloseTo(number(row, "pAtMostLo"), within(1e-12));
            if (number(row, "pAtLeastHi") != null) {
                assertThat(Proportions.atLeast(x, n, number(row, "hi"))).as("P(X>=x) " + label)
                        .isCloseTo(number(row, "pAtLeastHi"), within(1e-12));
            }
        }
    }

    @Test
    void twentyVertebralCementoplastiesWithElevenLeaks() {
        Interval wilson = Proportions.wilson(11, 20, 0.95);
        assertThat(wilson.low()).isCloseTo(0.342, within(0.0005));
        assertThat(wilson.high()).isCloseTo(0.742, within(0.0005));
    }

    @Test
    void noDenominatorHasNoInterval() {
        assertThat(Proportions.wilson(0, 0, 0.95)).isEqualTo(new Interval(null, null));
        assertThat(Proportions.clopperPearson(0, 0, 0.95)).isEqualTo(new Interval(null, null));
    }
}
