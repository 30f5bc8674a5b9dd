package io.boneregistry.core.guideline.curative;

import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.treatment.Intent;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.RFA_SIZE;

/** R-RFA-SIZE: curative RFA is for tumours of at most 5 cm. */
public class RfaSizePolicy implements ProcedurePolicy {

    static final int LIMIT_MM = 50;

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        if (!procedure.uses(Technique.RFA) || record.intent().orElse(null) != Intent.CURATIVE) return Optional.empty();
        int diameter = record.lesion().maxDiameterMm();
        return Optional.of(RFA_SIZE.judge(!tooLarge(diameter),
                "tumour of " + diameter + " mm (curative RFA up to " + LIMIT_MM + " mm)",
                tooLargeDetail(diameter)));
    }

    public static boolean tooLarge(int diameterMm) {
        return diameterMm > LIMIT_MM;
    }

    public static String tooLargeDetail(int diameterMm) {
        return "tumour of " + diameterMm + " mm exceeds " + LIMIT_MM + " mm for curative RFA";
    }
}
