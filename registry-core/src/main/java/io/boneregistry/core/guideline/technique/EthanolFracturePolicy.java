package io.boneregistry.core.guideline.technique;

import java.util.List;
import java.util.ArrayList;
import io.boneregistry.api.treatment.Goal;
import io.boneregistry.api.assessment.LesionPattern;
import io.boneregistry.api.assessment.Lesion;
import io.boneregistry.api.procedure.TechniqueStep;
import io.boneregistry.api.answers.YesNo;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.procedure.Procedure;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.core.guideline.ProcedurePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.util.Optional;

import static io.boneregistry.api.guideline.GuidelineRule.ETHANOL_FRACTURE;

/**
 * R-ETHANOL-FRACTURE: "Questo trattamento palliativo è indicato nei pazienti con tumori osteolitici
 * dolorosi non a rischio di fratture patologiche" — the indication has three parts: a painful tumour,
 * an osteolytic one, not at risk of fracture. A risk consolidated by cement (in the same session at
 * the same site, or planned with the ethanol in the treatment decision) is no longer one. An
 * indication not established (an answer not recorded) is a deviation, as for every binding
 * indication; an ethanol step at another site than the index lesion is not judged, the assessment
 * describing only the index lesion.
 */
public class EthanolFracturePolicy implements ProcedurePolicy {

    @Override
    public Optional<RuleEvaluation> evaluateProcedure(CaseRecord record, Procedure procedure) {
        List<TechniqueStep> ethanol = procedure.steps().stream().filter(step -> step.technique() == Technique.ETHANOL).toList();
        if (ethanol.isEmpty()) return Optional.empty();
        Lesion lesion = record.lesion();
        if (ethanol.stream().noneMatch(step -> step.atIndexLesion(lesion))) {
            return Optional.of(ETHANOL_FRACTURE.notJudged("ethanol at another site than the index lesion, whose indication is not recorded"));
        }
        boolean consolidated = procedure.steps().stream()
                .anyMatch(step -> step.technique() == Technique.CEMENTOPLASTY && step.atIndexLesion(lesion))
                || record.treatmentDecision() != null && record.treatmentDecision().plans(Technique.CEMENTOPLASTY);
        List<String> failures = new ArrayList<>();
        if (!painful(record)) failures.add("the tumour is not recorded as painful");
        if (lesion.pattern() == LesionPattern.SCLEROTIC) failures.add("a sclerotic tumour (the indication is an osteolytic one)");
        if (YesNo.yes(lesion.fractureRisk()) && !consolidated) failures.add("at risk of pathological fracture, with no cement in the session");
        if (YesNo.unknown(lesion.fractureRisk()) && !consolidated) failures.add("fracture risk not recorded");
        return Optional.of(ETHANOL_FRACTURE.judge(failures, consolidated ? "painful osteolytic tumour, consolidated with cement (in the session or planned)"
                : "painful osteolytic tumour not at risk of fracture"));
    }

    /** A baseline pain of at least 1, or pain among the decision's goals. */
    private static boolean painful(CaseRecord record) {
        boolean hurts = record.assessment().baselinePain().vas() >= 1;
        return hurts || record.treatmentDecision() != null && record.treatmentDecision().goals() != null
                && record.treatmentDecision().goals().contains(Goal.PAIN);
    }
}
