package io.boneregistry.core.guideline.biopsy;

import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.DiagnosisBasis;
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
 * the case either follows that or not. The biopsy decision is judged on what it decided; the index
 * procedure on what was done by its day, decision or not: where the text calls a biopsy indispensable
 * ("deve sempre essere eseguita", "indispensabile"), the histology must be established before the
 * treatment, so a biopsy decided but never done, or done and inconclusive, is a deviation there
 * (issue 27: a decision alone used to pass). A biopsy done where the text says it is "normally not
 * necessary" is advice only (R-BIOPSY-OSTEOID-OSTEOMA, R-BIOPSY-METASTASIS): the text does not forbid it.
 * An indication of {@link Indication#advisory} strength (a diagnosis the text covers only by "molti
 * altri") is advice where it is not followed.
 */
public abstract class BiopsyIndicationPolicy implements GuidelinePolicy {

    /**
     * Whether a biopsy is indicated (not known while an answer it turns on is unknown), the guideline's
     * reason, and whether the text only advises it for this diagnosis.
     */
    protected record Indication(Boolean recommended, String reason, boolean advisory) {

        protected Indication(Boolean recommended, String reason) {
            this(recommended, reason, false);
        }
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
        Indication indication = indication(assessment);
        return switch (entry.kind()) {
            case BIOPSY_DECISION -> Optional.of(judgeDecision(indication, record.biopsyDecision().biopsy()));
            case PROCEDURE -> record.isIndexProcedure(entry.entryId())
                    ? Optional.of(judgeTreatment(indication, biopsyBy(record, record.procedure(entry.entryId()).performedOn())))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Indication indication(Assessment assessment) {
        if (assessment.diagnosisBasis() == DiagnosisBasis.HISTOLOGY) {
            return new Indication(false, "histology already established");
        }
        return indicationFor(assessment);
    }

    /** The biopsy recorded on or before the day, if any. */
    private static Optional<BiopsyResult> biopsyBy(CaseRecord record, LocalDate day) {
        BiopsyResult biopsy = record.biopsy();
        return biopsy != null && !biopsy.performedOn().isAfter(day) ? Optional.of(biopsy) : Optional.empty();
    }

    private RuleEvaluation judgeDecision(Indication indication, boolean biopsy) {
        if (indication.recommended() == null) {
            return biopsy ? rule().met("biopsy decided (whether one is indispensable is not known: " + indication.reason() + ")")
                    : rule().notJudged("no biopsy decided, and whether one is indispensable is not known: " + indication.reason());
        }
        if (indication.recommended()) {
            return biopsy ? rule().met("biopsy decided, as indicated (" + indication.reason() + ")")
                    : notFollowed(indication, "biopsy indicated (" + indication.reason() + ") but decided against");
        }
        return biopsy ? rule().advised("biopsy decided although normally not needed (" + indication.reason() + ")")
                : rule().met("no biopsy needed (" + indication.reason() + ")");
    }

    /** The index procedure: was the histology established by its day, where the text asks for it? */
    private RuleEvaluation judgeTreatment(Indication indication, Optional<BiopsyResult> biopsy) {
        boolean conclusive = biopsy.filter(result -> Boolean.TRUE.equals(result.conclusive())).isPresent();
        if (indication.recommended() == null) {
            return biopsy.isPresent() ? rule().met("biopsy done before treatment (whether one was indispensable is not known: "
                    + indication.reason() + ")")
                    : rule().notJudged("treated without biopsy, and whether one is indispensable is not known: " + indication.reason());
        }
        if (indication.recommended()) {
            if (conclusive) return rule().met("biopsy indicated (" + indication.reason() + ") and its histology established before treatment");
            return notFollowed(indication, biopsy.isPresent()
                    ? "biopsy indicated (" + indication.reason() + "), done but inconclusive: no histology before treatment"
                    : "biopsy indicated (" + indication.reason() + ") but not done before treatment");
        }
        return biopsy.isPresent() ? rule().advised("biopsy done although normally not needed (" + indication.reason() + ")")
                : rule().met("no biopsy needed (" + indication.reason() + ")");
    }

    private RuleEvaluation notFollowed(Indication indication, String detail) {
        return indication.advisory() ? rule().advised(detail) : rule().notFollowed(detail);
    }
}
