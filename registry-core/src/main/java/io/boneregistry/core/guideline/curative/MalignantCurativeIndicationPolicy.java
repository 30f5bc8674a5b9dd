package io.boneregistry.core.guideline.curative;

import io.boneregistry.api.answers.YesNo;
import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.guideline.GuidelineRule;
import io.boneregistry.api.treatment.TreatmentDecision;
import io.boneregistry.core.record.CaseRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * R-CURATIVE-MALIGNANT: not a surgical candidate ("pazienti non candidabili ad intervento chirurgico"),
 * or, for a metastasis, refusing surgery ("lesioni secondarie in pazienti con controindicazioni alla
 * chirurgia o che la rifiutano", §4 RFA, said of secondary lesions only), evaluated by an MDT, fewer
 * than 3 localisations, under 3 cm.
 * A diagnosis still unknown cannot meet a curative indication and is judged here.
 */
public class MalignantCurativeIndicationPolicy extends CurativeIndicationPolicy {

    static final int MAX_LOCALISATIONS_EXCLUSIVE = 3;
    static final int SIZE_LIMIT_MM = 30;

    @Override
    protected GuidelineRule rule() {
        return GuidelineRule.CURATIVE_MALIGNANT;
    }

    @Override
    protected boolean concerns(Diagnosis diagnosis) {
        return diagnosis != null && !diagnosis.benign();
    }

    @Override
    protected List<String> unmetConditions(CaseRecord record) {
        Assessment assessment = record.assessment();
        TreatmentDecision decision = record.treatmentDecision();
        List<String> unmet = new ArrayList<>();
        if (record.diagnosis() == Diagnosis.UNKNOWN) unmet.add("diagnosis unknown");
        boolean refuses = Boolean.TRUE.equals(assessment.refusesSurgery()) && record.diagnosis() == Diagnosis.METASTASIS;
        if (Boolean.TRUE.equals(assessment.surgicalCandidate()) && !refuses) {
            unmet.add(record.diagnosis() == Diagnosis.METASTASIS
                    ? "surgical candidate (curative ablation is for patients who are not, or who refuse surgery)"
                    : "surgical candidate (for a primary malignancy the text asks for a patient who cannot be operated on)");
        }
        if (assessment.surgicalCandidate() == null && !refuses) unmet.add("surgical candidacy not recorded");
        if (decision != null && YesNo.no(decision.mdt())) unmet.add("no MDT evaluation");
        if (decision != null && YesNo.unknown(decision.mdt())) unmet.add("MDT evaluation not recorded");
        if (assessment.localisationCount() >= MAX_LOCALISATIONS_EXCLUSIVE) {
            unmet.add(assessment.localisationCount() + " localisations (fewer than " + MAX_LOCALISATIONS_EXCLUSIVE + " required)");
        }
        int diameter = assessment.lesion().maxDiameterMm();
        if (diameter >= SIZE_LIMIT_MM) unmet.add("maximum diameter " + diameter + " mm (under " + SIZE_LIMIT_MM + " mm required)");
        return unmet;
    }
}
