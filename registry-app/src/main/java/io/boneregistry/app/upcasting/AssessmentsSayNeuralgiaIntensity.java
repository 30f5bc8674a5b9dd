package io.boneregistry.app.upcasting;

import io.boneregistry.api.assessment.AssessmentAmended;
import io.boneregistry.api.assessment.AssessmentRecorded;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * {@link AssessmentRecorded} and {@link AssessmentAmended} revision 4 to 5: the baseline pain says the
 * neuralgia's intensity (issue 27, BM-RFI-NEURALGIA reads its reduction); one stored before does not.
 */
@Component
@Order(9)
public class AssessmentsSayNeuralgiaIntensity extends NewFieldsReadAsUnknown {

    public AssessmentsSayNeuralgiaIntensity() {
        super(Set.of(AssessmentRecorded.class, AssessmentAmended.class), "4", "5", "/assessment/baselinePain", List.of("neuralgiaIntensity"));
    }
}
