package io.boneregistry.core.guideline.technique;

import java.util.List;
import io.boneregistry.api.othertreatment.OtherTreatmentKind;
import io.boneregistry.api.assessment.PreviousTreatment;
import io.boneregistry.api.assessment.Lesion;
import io.boneregistry.api.procedure.TechniqueStep;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.RFA_METAL_IMPLANT;

/**
 * R-RFA-METAL-IMPLANT: laser is used "in quelli in cui l'ablazione a radiofrequenze è controindicata
 * (impianti metallici)" (§4 Laser ablation). RFA at the index lesion where the assessment records a
 * metal implant deviates; so does RFA where no implant was recorded either way but a surgery or fixation
 * of the lesion is (among the previous treatments, or started before this procedure), which leaves one
 * likely. Without either, or for an RFA step at another site, it is not judged.
 */
public class RfaMetalImplantPolicy implements ProcedurePolicy {

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        List<TechniqueStep> rfa = procedure.steps().stream().filter(step -> step.technique() == Technique.RFA).toList();
        if (rfa.isEmpty()) return Optional.empty();
        Lesion lesion = record.lesion();
        if (rfa.stream().noneMatch(step -> step.atIndexLesion(lesion))) {
            return Optional.of(RFA_METAL_IMPLANT.notJudged("RFA at another site than the index lesion: an implant there is not recorded"));
        }
        Boolean implant = lesion.metalImplantAtSite();
        if (implant == null && fixedBefore(record, procedure)) {
            return Optional.of(RFA_METAL_IMPLANT.deviated("RFA after a surgery or fixation of the lesion, with no implant recorded either way"));
        }
        if (implant == null) return Optional.of(RFA_METAL_IMPLANT.notJudged("whether a metal implant is at the site is not recorded"));
        return Optional.of(RFA_METAL_IMPLANT.judge(!implant, "no metal implant at the RFA site",
                "RFA at a site with a metal implant (contraindicated; laser is the alternative)"));
    }

    private static boolean fixedBefore(CaseRecord record, Procedure procedure) {
        List<PreviousTreatment> previous = record.assessment().previousTreatments();
        boolean operated = previous != null && previous.contains(PreviousTreatment.SURGERY);
        return operated || record.otherTreatments().values().stream().anyMatch(treatment -> treatment.kind() == OtherTreatmentKind.SURGERY_OR_FIXATION
                && treatment.startedOn().isBefore(procedure.performedOn()));
    }
}
