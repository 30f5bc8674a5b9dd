package io.boneregistry.outcomes.funnel;

import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.outcomes.benchmark.Benchmark;
import io.boneregistry.outcomes.benchmark.Measures;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import io.boneregistry.outcomes.statistics.FunnelLimits;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    @Test
    void countersKeptFromOneThresholdDrawTheFunnelOfAnother() {
        List<ProcedureRow> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(cementoplasty().by("IT-" + (i % 3), "OP-" + (i % 5)).baseline(10, null).followUp(28, i % 10).row());
        }
        OutcomeSettings half = OutcomeSettings.defaults();
        OutcomeSettings stricter = new OutcomeSettings(28, 7, 56, 0.65, 10, 2.0, 4.5, 5);
        Map<String, Measures.Counter> kept = FunnelPlots.counters(Benchmark.CEMENT_PAIN, UnitKind.CENTRE, rows, half);

        FunnelPlot plot = FunnelPlots.of(Benchmark.CEMENT_PAIN, UnitKind.CENTRE, kept, stricter, false);

        assertThat(plot).isEqualTo(FunnelPlots.of(Benchmark.CEMENT_PAIN, UnitKind.CENTRE, rows, stricter, false));
        assertThat(plot).isNotEqualTo(FunnelPlots.of(Benchmark.CEMENT_PAIN, UnitKind.CENTRE, rows, half, false));
    }

    @Test
    void aUnitWithProceduresButNoOneInTheDenominatorIsNotDrawn() {
        List<ProcedureRow> rows = List.of(cementoplasty().by("IT-A", "OP-1").baseline(10, null).followUp(28, 2).row(),
                cementoplasty().by("IT-B", "OP-2").row());

        FunnelPlot plot = FunnelPlots.of(Benchmark.CEMENT_PAIN, UnitKind.CENTRE, rows, OutcomeSettings.defaults(), false);

        assertThat(plot.units()).extracting(FunnelUnit::unit).containsExactly("IT-A");
    }
}
