package io.boneregistry.core.guideline.strategy;

import io.boneregistry.api.answers.YesNo;
import io.boneregistry.core.guideline.UnknownAnswers;
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
    public Boolean indicated(CaseRecord record) {
        return applies(record);
    }

    /** An inoperable vertebral tumour in the canal, with posterior wall rupture and epidural extension. */
    static Boolean applies(CaseRecord record) {
        Lesion lesion = record.lesion();
        if (!lesion.site().vertebral() || YesNo.yes(record.assessment().surgicalCandidate())) return false;
        return YesNo.all(lesion.spinalCanalExtension(), lesion.posteriorWallRupture(), lesion.epiduralExtension());
    }

    @Override
    protected List<String> unknownAnswers(CaseRecord record) {
        return triggersUnknown(record);
    }

    static List<String> triggersUnknown(CaseRecord record) {
        Lesion lesion = record.lesion();
        return UnknownAnswers.among("canal extension", lesion.spinalCanalExtension(), "posterior wall rupture",
                lesion.posteriorWallRupture(), "epidural extension", lesion.epiduralExtension());
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
