package io.boneregistry.core.guideline.curative;

import io.boneregistry.api.guideline.CurativeEligibility;
import io.boneregistry.api.guideline.EligibilityReason;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.core.record.CaseRecord;

import java.util.ArrayList;
import java.util.List;

import static io.boneregistry.api.guideline.GuidelineRule.RFA_SIZE;

/** Whether the case meets a curative indication, and every reason it does not. */
public class CurativeEligibilityAdvisor {

    private final List<CurativeIndicationPolicy> indications;

    public CurativeEligibilityAdvisor(List<CurativeIndicationPolicy> indications) {
        this.indications = List.copyOf(indications);
    }

    public CurativeEligibility advise(CaseRecord record) {
        if (record.assessment() == null) return null;
        List<EligibilityReason> reasons = new ArrayList<>();
        indications.forEach(indication -> indication.reasonsAgainst(record).ifPresent(reasons::addAll));
        int diameter = record.lesion().maxDiameterMm();
        if (record.treatmentDecision() != null && record.treatmentDecision().plans(Technique.RFA)
                && RfaSizePolicy.tooLarge(diameter)) {
            reasons.add(new EligibilityReason(RFA_SIZE.id(), RfaSizePolicy.tooLargeDetail(diameter)));
        }
        return new CurativeEligibility(reasons.isEmpty(), List.copyOf(reasons));
    }
}
