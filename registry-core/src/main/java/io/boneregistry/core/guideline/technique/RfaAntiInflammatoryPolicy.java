package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.RFA_ANTI_INFLAMMATORY;

/**
 * R-RFA-ANTI-INFLAMMATORY: "può manifestarsi dopo l'ablazione una reazione infiammatoria acuta che
 * deve venire prevenuta con somministrazione di una terapia antinfiammatoria" (§4 RFA). A procedure
 * with RFA records the anti-inflammatory given; none, or not recorded, fails it.
 */
public class RfaAntiInflammatoryPolicy implements ProcedurePolicy {

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        if (!procedure.uses(Technique.RFA)) return Optional.empty();
        Boolean given = procedure.antiInflammatoryProphylaxis();
        return Optional.of(RFA_ANTI_INFLAMMATORY.judge(Boolean.TRUE.equals(given), "anti-inflammatory given after RFA",
                given == null ? "whether an anti-inflammatory was given after RFA is not recorded"
                        : "no anti-inflammatory after RFA (the acute inflammatory reaction must be prevented)"));
    }
}
