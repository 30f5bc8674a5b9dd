package io.boneregistry.app.upcasting;

import io.boneregistry.api.followup.FollowUpAmended;
import io.boneregistry.api.followup.FollowUpRecorded;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * {@link FollowUpRecorded} and {@link FollowUpAmended} revision 1 to 2: a follow-up may carry the
 * treated site's pain, the analgesic ladder step, ECOG and imaging (issue 14, point 3); one stored
 * before carries none, so its overall pain stays the pain the benchmarks read.
 */
@Component
@Order(6)
public class FollowUpsSayTreatedSiteAndImaging extends NewFieldsReadAsUnknown {

    public FollowUpsSayTreatedSiteAndImaging() {
        super(Set.of(FollowUpRecorded.class, FollowUpAmended.class), "1", "2", "/followUp",
                List.of("treatedSiteVas", "analgesicLadderStep", "ecog", "imaging"));
    }
}
