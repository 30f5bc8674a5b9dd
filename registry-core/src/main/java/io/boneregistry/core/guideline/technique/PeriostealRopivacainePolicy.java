package io.boneregistry.core.guideline.technique;

import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.ABLATION_ROPIVACAINE;

/**
 * R-ABLATION-ROPIVACAINE: 5–10 ml of ropivacaine against the periosteum at the end of every RFA
 * ("devono essere somministrati", §4 RFA) and of a laser ablation of an osteoid osteoma (the same
 * words in the laser section's osteoid osteoma paragraph).
 */
public class PeriostealRopivacainePolicy implements ProcedurePolicy {

    static final double LEAST_ML = 5;
    static final double MOST_ML = 10;

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        boolean laserOnNidus = procedure.uses(Technique.LASER) && record.diagnosis() == Diagnosis.OSTEOID_OSTEOMA;
        if (!procedure.uses(Technique.RFA) && !laserOnNidus) return Optional.empty();
        Double ml = procedure.periostealRopivacaineMl();
        if (ml == null) return Optional.of(ABLATION_ROPIVACAINE.notFollowed("periosteal ropivacaine not recorded"));
        return Optional.of(ABLATION_ROPIVACAINE.judge(ml >= LEAST_ML && ml <= MOST_ML,
                ml + " ml of periosteal ropivacaine", ml + " ml of periosteal ropivacaine (5–10 ml)"));
    }
}
