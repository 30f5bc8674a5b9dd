package io.boneregistry.core.guideline.technique;

import java.util.List;
import io.boneregistry.api.procedure.TechniqueStep;
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
 * names the best candidates, it does not exclude others. Read for each RF-ionisation step at its own
 * site: a vertebra other than the index lesion has its canal and wall not recorded.
 */
public class RfIonisationCandidatesPolicy implements ProcedurePolicy {

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        List<TechniqueStep> ionisation = procedure.steps().stream().filter(step -> step.technique() == Technique.RF_IONIZATION).toList();
        if (ionisation.isEmpty()) return Optional.empty();
        Lesion lesion = record.lesion();
        Boolean candidate = YesNo.all(ionisation.stream().map(step -> candidate(step, lesion)).toArray(Boolean[]::new));
        return Optional.of(RFI_CANDIDATES.judge(candidate, "vertebral tumour into the canal or with a broken posterior wall",
                "neither canal extension nor posterior wall rupture of a vertebra",
                "canal extension and posterior wall of the vertebra treated not recorded"));
    }

    private static Boolean candidate(TechniqueStep step, Lesion lesion) {
        if (!step.treatedSite(lesion).vertebral()) return false;
        if (!step.atIndexLesion(lesion)) return null;
        return YesNo.any(lesion.spinalCanalExtension(), lesion.posteriorWallRupture());
    }
}
