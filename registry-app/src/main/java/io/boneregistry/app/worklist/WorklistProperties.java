package io.boneregistry.app.worklist;

import io.boneregistry.outcomes.worklist.FollowUpSchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The follow-up schedule the worklist applies ({@code registry.worklist.visits[i].name}, {@code .day},
 * {@code .from}, {@code .to}, days after the procedure); when not set, {@link FollowUpSchedule#standard()}.
 */
@ConfigurationProperties("registry.worklist")
public record WorklistProperties(List<FollowUpSchedule.Visit> visits) {

    public FollowUpSchedule schedule() {
        return visits == null || visits.isEmpty() ? FollowUpSchedule.standard() : new FollowUpSchedule(visits);
    }
}
