package io.boneregistry.outcomes.worklist;

import java.util.List;

/**
 * When a treated patient is seen again: visits on a day after the procedure, each with the window
 * of days in which a follow-up counts for it. The default's first visit is docs/outcomes.md's pain
 * window (day 28, days 7 to 56); then 3, 6 and 12 months, the windows meeting halfway.
 */
public record FollowUpSchedule(List<Visit> visits) {

    public FollowUpSchedule {
        visits = List.copyOf(visits);
        for (Visit visit : visits) {
            if (visit.from() > visit.day() || visit.day() > visit.to()) {
                throw new IllegalArgumentException("visit " + visit.name() + ": its day must lie inside its window");
            }
        }
    }

    /** One visit: its name (e.g. "day 28"), its day after the procedure, and its window (both ends counted). */
    public record Visit(String name, int day, int from, int to) {
    }

    public static FollowUpSchedule standard() {
        return new FollowUpSchedule(List.of(
                new Visit("day 28", 28, 7, 56),
                new Visit("3 months", 91, 57, 136),
                new Visit("6 months", 182, 137, 273),
                new Visit("12 months", 365, 274, 456)));
    }
}
