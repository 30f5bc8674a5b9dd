package io.boneregistry.outcomes.funnel;

import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.outcomes.benchmark.Benchmark;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import io.boneregistry.outcomes.statistics.FunnelLimits;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.boneregistry.outcomes.benchmark.Rows.cementoplasty;
import static io.boneregistry.outcomes.benchmark.Rows.times;
import static org.assertj.core.api.Assertions.assertThat;

class FunnelPlotsTest {

    @Test
    void aNationalCentreGetsItsLimitsAtItsOwnSizeWithoutThousandsOfPointsBeforeIt() {
        List<ProcedureRow> rows = new ArrayList<>(times(5003, () -> cementoplasty().by("IT-BIG-01", "OP-1")));
        rows.addAll(times(37, () -> cementoplasty().by("IT-SMALL-02", "OP-2")));

        FunnelPlot plot = FunnelPlots.of(Benchmark.CEMENT_PE, UnitKind.CENTRE, rows, OutcomeSettings.defaults(), false);

        List<Integer> sizes = plot.limits().stream().map(FunnelLimitsAt::n).toList();
        assertThat(sizes).as("every n up to 200").startsWith(1, 2, 3).contains(37, 199, 200).contains(5003).isSorted()
                .doesNotHaveDuplicates().hasSizeLessThan(500);
        assertThat(sizes.get(sizes.size() - 1)).isEqualTo(5003);
        FunnelLimitsAt big = plot.limits().get(sizes.size() - 1);
        assertThat(big.high95()).isEqualTo(FunnelLimits.limit(5003, Benchmark.CEMENT_PE.target(), 0.975));
    }
}
