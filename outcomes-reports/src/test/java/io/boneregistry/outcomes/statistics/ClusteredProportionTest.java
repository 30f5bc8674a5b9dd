package io.boneregistry.outcomes.statistics;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.boneregistry.outcomes.statistics.ReferenceCsv.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The clustered interval against R's survey::svyciprop(method = "beta") on three cluster designs (reference.R). */
class ClusteredProportionTest {

    @Test
    void matchesSurveysKornGraubardInterval() {
        for (Map<String, String> row : ReferenceCsv.read("clustered.csv")) {
            ClusteredProportion clustered = ClusteredProportion.of(number(row, "x").intValue(), number(row, "n").intValue(),
                    number(row, "k").intValue(), number(row, "sumXX"), number(row, "sumXN"), number(row, "sumNN"), 0.95);
            assertThat(clustered.interval().low()).as(row.get("dataset")).isCloseTo(number(row, "low"), within(1e-9));
            assertThat(clustered.interval().high()).as(row.get("dataset")).isCloseTo(number(row, "high"), within(1e-9));
        }
    }

    @Test
    void withNoLeakAnywhereThePatientsAreTheSample() {
        ClusteredProportion clustered = ClusteredProportion.of(0, 30, 10, 0, 0, 90, 0.95);
        assertThat(clustered.effectiveN()).isEqualTo(10);
        assertThat(clustered.interval().high()).isCloseTo(Proportions.clopperPearson(0, 10, 0.95).high(), within(1e-12));
    }
}
