package io.boneregistry.outcomes.benchmark;

import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.complication.ComplicationType;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.outcomes.survival.*;
import io.boneregistry.outcomes.funnel.*;
import java.util.*;

public class ProbeMain {
    public static void main(String[] a) {
        Random r = new Random(1);
        List<ProcedureRow> rows = new ArrayList<>();
        Technique[] ts = {Technique.CEMENTOPLASTY, Technique.CEMENTOPLASTY, Technique.CEMENTOPLASTY, Technique.RFA, Technique.ETHANOL};
        for (int i = 0; i < 100_000; i++) {
            Technique t = ts[r.nextInt(ts.length)];
            Rows b = Rows.procedure(t).by("C" + r.nextInt(20), "OP" + r.nextInt(60)).followUp(7 + r.nextInt(5), r.nextInt(10)).followUp(28 + r.nextInt(10), r.nextInt(10)).followUp(90 + r.nextInt(100), r.nextInt(10), null, false, r.nextBoolean(), null);
            if (r.nextInt(10) == 0) b.curative(Diagnosis.OSTEOID_OSTEOMA);
            if (r.nextInt(5) == 0) b.complication(ComplicationType.FEVER);
            if (r.nextInt(3) == 0) b.leaking();
            if (r.nextInt(7) == 0) b.deadAt(200 + r.nextInt(300));
            rows.add(b.row());
        }
        String what = a[0];
        for (int k = 0; k < 40; k++) {
            OutcomeSettings s = new OutcomeSettings(28, 7, 56, 0.5 + k * 1e-4, 10, 2.0, 4.5, 5);
            long t0 = System.nanoTime();
            if (what.equals("survival")) SurvivalCurves.of(SurvivalEndpoint.PAIN_PALLIATION, rows, List.of(0.0, 4.0, 12.0, 52.0), s);
            else FunnelPlots.of(Benchmark.CEMENT_PAIN, UnitKind.CENTRE, rows, s, false);
            System.out.printf("%d %.1f ms%n", k, (System.nanoTime() - t0) / 1e6);
        }
    }
}
