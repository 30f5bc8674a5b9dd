package io.boneregistry.app.upcasting;

import io.boneregistry.api.assessment.AssessmentAmended;
import io.boneregistry.api.assessment.AssessmentRecorded;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * {@link AssessmentRecorded} and {@link AssessmentAmended} revision 2 to 3: the lesion may say
 * whether a metal implant is at the site, a peripheral nerve near the target and the insulating
 * cortex intact (issue 14, point 5); one stored before says none of it.
 */
@Component
@Order(4)
public class LesionsSayImplantNerveAndCortex extends NewFieldsReadAsUnknown {

    public LesionsSayImplantNerveAndCortex() {
        super(Set.of(AssessmentRecorded.class, AssessmentAmended.class), "2", "3", "/assessment/lesion",
                List.of("metalImplantAtSite", "peripheralNerveNearTarget", "insulatingCortexIntact"));
    }
}
