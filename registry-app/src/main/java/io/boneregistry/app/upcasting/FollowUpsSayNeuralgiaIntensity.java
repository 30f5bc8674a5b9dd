package io.boneregistry.app.upcasting;

import io.boneregistry.api.followup.FollowUpAmended;
import io.boneregistry.api.followup.FollowUpRecorded;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * {@link FollowUpRecorded} and {@link FollowUpAmended} revision 2 to 3: a follow-up says the
 * neuralgia's intensity where it persists (issue 27); one stored before does not, and
 * BM-RFI-NEURALGIA cannot tell whether its persisting neuralgia was reduced.
 */
@Component
@Order(10)
public class FollowUpsSayNeuralgiaIntensity extends NewFieldsReadAsUnknown {

    public FollowUpsSayNeuralgiaIntensity() {
        super(Set.of(FollowUpRecorded.class, FollowUpAmended.class), "2", "3", "/followUp", List.of("neuralgiaIntensity"));
    }
}
