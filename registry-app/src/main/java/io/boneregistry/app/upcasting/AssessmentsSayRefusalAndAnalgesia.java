package io.boneregistry.app.upcasting;

import io.boneregistry.api.assessment.AssessmentAmended;
import io.boneregistry.api.assessment.AssessmentRecorded;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * {@link AssessmentRecorded} and {@link AssessmentAmended} revision 1 to 2: an assessment may say
 * whether the patient refuses surgery and whether conventional analgesia controls the pain
 * (issue 14, point 5); one stored before says neither.
 */
@Component
@Order(2)
public class AssessmentsSayRefusalAndAnalgesia extends NewFieldsReadAsUnknown {

    public AssessmentsSayRefusalAndAnalgesia() {
        super(Set.of(AssessmentRecorded.class, AssessmentAmended.class), "1", "2", "/assessment",
                List.of("refusesSurgery", "painControlledByConventionalAnalgesia"));
    }
}
