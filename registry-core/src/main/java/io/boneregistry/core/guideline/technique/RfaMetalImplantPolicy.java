package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.RFA_METAL_IMPLANT;

/**
 * R-RFA-METAL-IMPLANT: laser is used "in quelli in cui l'ablazione a radiofrequenze è controindicata
 * (impianti metallici)" (§4 Laser ablation). A procedure with RFA at a site the assessment records a
 * metal implant at deviates; where the implant is not known, the rule is not judged (said so).
 */
public class RfaMetalImplantPolicy implements ProcedurePolicy {

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        Boolean implant = record.lesion().metalImplantAtSite();
        if (!procedure.uses(Technique.RFA)) return Optional.empty();
        if (implant == null) return Optional.of(RFA_METAL_IMPLANT.notJudged("whether a metal implant is at the site is not recorded"));
        return Optional.of(RFA_METAL_IMPLANT.judge(!implant, "no metal implant at the RFA site",
                "RFA at a site with a metal implant (contraindicated; laser is the alternative)"));
    }
}
