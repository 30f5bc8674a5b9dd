package io.boneregistry.outcomes.statistics;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.boneregistry.outcomes.statistics.ReferenceCsv.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Against qbinom/pbinom in R with Spiegelhalter's interpolation: reference/funnel.csv. */
class FunnelLimitsTest {

    @Test
    void limitsAgreeWithRForEveryUnitSizeAndTarget() {
        for (Map<String, String> row : ReferenceCsv.read("funnel.csv")) {
            int n = number(row, "n").intValue();
            double p0 = number(row, "p0");
            String label = "n=" + n + " p0=" + p0;
            assertThat(FunnelLimits.limit(n, p0, 0.025)).as("95 % low " + label).isCloseTo(number(row, "low95"), within(1e-9));
            assertThat(FunnelLimits.limit(n, p0, 0.975)).as("95 % high " + label).isCloseTo(number(row, "high95"), within(1e-9));
            assertThat(FunnelLimits.limit(n, p0, 0.001)).as("99.8 % low " + label).isCloseTo(number(row, "low998"), within(1e-9));
            assertThat(FunnelLimits.limit(n, p0, 0.999)).as("99.8 % high " + label).isCloseTo(number(row, "high998"), within(1e-9));
        }
    }
}
