package io.boneregistry.core.guideline.biopsy;

import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.DiagnosisBasis;
import io.boneregistry.api.biopsy.BiopsyDecision;
import io.boneregistry.api.biopsy.BiopsyResult;
import io.boneregistry.api.guideline.BiopsyAdvice;
import io.boneregistry.api.guideline.EntryRef;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.core.guideline.GuidelinePolicy;
import io.boneregistry.core.record.CaseRecord;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The biopsy rules share one shape: the working diagnosis says whether a biopsy is indicated, and
 * the case either follows that or not. It is judged on the biopsy decision, or, when no decision
 * preceded it, on the index procedure (was a biopsy done by then?). A biopsy not done where the
 * text calls it indispensable is a deviation; one done where the text says it is "normally not
 * necessary" is advice only (R-BIOPSY-OSTEOID-OSTEOMA, R-BIOPSY-METASTASIS): the text does not forbid it.
 */
public abstract class BiopsyIndicationPolicy implements GuidelinePolicy {

    /** Whether a biopsy is indicated (not known while an answer it turns on is unknown), and the guideline's reason. */
    protected record Indication(Boolean recommended, String reason) {
    }

    protected abstract GuidelineRule rule();

    /** Whether this rule is the one for the working diagnosis. */
    protected abstract boolean concerns(Assessment assessment);

    protected abstract Indication indicationFor(Assessment assessment);

    public Optional<BiopsyAdvice> advise(Assessment assessment) {
        if (!concerns(assessment)) return Optional.empty();
        Indication indication = indication(assessment);
        return Optional.of(new BiopsyAdvice(indication.recommended(), rule().id(), indication.reason()));
    }

    @Override
    public Optional<RuleEvaluation> evaluate(CaseRecord record, EntryRef entry) {
        Assessment assessment = record.assessment();
        if (assessment == null || !concerns(assessment)) return Optional.empty();
        return biopsied(record, entry).map(done -> judge(indication(assessment), done));
    }

    private Indication indication(Assessment assessment) {
        if (assessment.diagnosisBasis() == DiagnosisBasis.HISTOLOGY) {
            return new Indication(false, "histology already established");
        }
        return indicationFor(assessment);
    }

    private Optional<Boolean> biopsied(CaseRecord record, EntryRef entry) {
        return switch (entry.kind()) {
            case BIOPSY_DECISION -> Optional.of(record.biopsyDecision().biopsy());
            case PROCEDURE -> biopsiedBefore(record, entry.entryId());
            default -> Optional.empty();
        };
    }

    private Optional<Boolean> biopsiedBefore(CaseRecord record, String procedureId) {
        if (!record.isIndexProcedure(procedureId)) return Optional.empty();
        LocalDate day = record.procedure(procedureId).performedOn();
        BiopsyDecision decision = record.biopsyDecision();
        if (decision != null && !decision.decidedOn().isAfter(day)) return Optional.empty();
        BiopsyResult biopsy = record.biopsy();
        return Optional.of(biopsy != null && !biopsy.performedOn().isAfter(day));
    }

    private RuleEvaluation judge(Indication indication, boolean biopsied) {
        if (indication.recommended() == null) {
            return biopsied ? rule().met("biopsy done (whether one was indispensable is not known: " + indication.reason() + ")")
                    : rule().notJudged("no biopsy, and whether one is indispensable is not known: " + indication.reason());
        }
        if (indication.recommended()) {
            return rule().judge(biopsied,
                    "biopsy indicated (" + indication.reason() + ") and done",
                    "biopsy indicated (" + indication.reason() + ") but not done");
        }
        return biopsied ? rule().advised("biopsy done although normally not needed (" + indication.reason() + ")")
                : rule().met("no biopsy needed (" + indication.reason() + ")");
    }
}
