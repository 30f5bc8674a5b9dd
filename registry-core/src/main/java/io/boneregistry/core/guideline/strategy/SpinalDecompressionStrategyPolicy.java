package io.boneregistry.core.guideline.strategy;

import io.boneregistry.api.assessment.Lesion;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.guideline.StrategyPath;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.core.record.CaseRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * R-STRATEGY-3: an inoperable spinal tumour in the canal, with posterior wall rupture and epidural
 * extension, is decompressed by RF ionisation, then the cavity is cemented.
 */
public class SpinalDecompressionStrategyPolicy extends StrategyPolicy {

    @Override
    protected GuidelineRule rule() {
        return GuidelineRule.STRATEGY_3;
    }

    @Override
    public boolean indicated(CaseRecord record) {
        return applies(record);
    }

    static boolean applies(CaseRecord record) {
        Lesion lesion = record.lesion();
        return lesion.site().vertebral() && lesion.spinalCanalExtension() && lesion.posteriorWallRupture()
                && lesion.epiduralExtension() && !Boolean.TRUE.equals(record.assessment().surgicalCandidate());
    }

    @Override
    protected StrategyPath path() {
        return StrategyPath.PALLIATIVE_CAVITATION;
    }

    @Override
    protected List<Technique> advisedTechniques(CaseRecord record) {
        return List.of(Technique.RF_IONIZATION, Technique.CEMENTOPLASTY);
    }

    @Override
    protected String detail(CaseRecord record) {
        return "RF ionisation decompression, then cementoplasty of the cavity";
    }

    @Override
    protected List<String> failures(CaseRecord record, TreatmentDecision decision) {
        List<String> failures = new ArrayList<>();
        if (!decision.plans(Technique.RF_IONIZATION)) failures.add("no RF ionisation planned for a tumour invading the canal");
        if (!decision.plans(Technique.CEMENTOPLASTY)) failures.add("no cementoplasty of the cavity planned");
        return failures;
    }
}
