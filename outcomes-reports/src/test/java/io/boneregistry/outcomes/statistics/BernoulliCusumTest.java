package io.boneregistry.outcomes.statistics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.boneregistry.outcomes.statistics.ReferenceCsv.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Against the same recursion written in R over a seeded series whose failure rate triples halfway. */
class BernoulliCusumTest {

    @Test
    void seriesAndSignalsAgreeWithR() {
        List<Map<String, String>> reference = ReferenceCsv.read("cusum.csv");
        List<Boolean> failures = reference.stream().map(row -> number(row, "failure") == 1).toList();
        List<BernoulliCusum.Point> points = BernoulliCusum.run(failures, 0.1, 0.2, 4.5);
        for (int i = 0; i < points.size(); i++) {
            assertThat(points.get(i).value()).as("value at " + i).isCloseTo(number(reference.get(i), "value"), within(1e-12));
            assertThat(points.get(i).signal()).as("signal at " + i).isEqualTo(Boolean.parseBoolean(reference.get(i).get("signal").toLowerCase()));
        }
        assertThat(points).anyMatch(BernoulliCusum.Point::signal);
    }
}
