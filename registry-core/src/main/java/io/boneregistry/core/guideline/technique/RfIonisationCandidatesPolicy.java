package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.answers.YesNo;
import io.boneregistry.api.assessment.Lesion;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.RFI_CANDIDATES;

/**
 * R-RFI-CANDIDATES: "i migliori candidati" for RF ionisation are spinal tumours extending into the
 * canal, and vertebrae whose posterior wall is broken; either group is enough. Advice: the text
 * names the best candidates, it does not exclude others.
 */
public class RfIonisationCandidatesPolicy implements ProcedurePolicy {

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        if (!procedure.uses(Technique.RF_IONIZATION)) return Optional.empty();
        Lesion lesion = record.lesion();
        Boolean candidate = lesion.site().vertebral() ? YesNo.any(lesion.spinalCanalExtension(), lesion.posteriorWallRupture()) : Boolean.FALSE;
        return Optional.of(RFI_CANDIDATES.judge(candidate, "vertebral tumour into the canal or with a broken posterior wall",
                "neither canal extension nor posterior wall rupture of a vertebra",
                "canal extension and posterior wall of the vertebra not recorded"));
    }
}
