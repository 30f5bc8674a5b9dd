package io.boneregistry.app.upcasting;

import io.boneregistry.api.complication.ComplicationAmended;
import io.boneregistry.api.complication.ComplicationRecorded;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * {@link ComplicationRecorded} and {@link ComplicationAmended} revision 1 to 2: a complication may
 * name the technique step it followed, its timing and its resolution (issue 14, point 2).
 */
@Component
@Order(1)
public class ComplicationsNameStepTimingAndEnd extends NewFieldsReadAsUnknown {

    public ComplicationsNameStepTimingAndEnd() {
        super(Set.of(ComplicationRecorded.class, ComplicationAmended.class), "1", "2", "/complication",
                List.of("followsStep", "timing", "resolution"));
    }
}
