package io.boneregistry.cohort;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A realistic synthetic registry, the same for the same seed: five centres, fifteen operators,
 * every technique and diagnosis, referrals over three years, outcome rates near the guideline's
 * figures. Two units are deliberately worse, so that audits have something to find: centre
 * {@value #WORSE_CENTRE} leaks cement far more often than documented, and operator
 * {@value #WORSE_OPERATOR}'s cementoplasties relieve pain far less often.
 */
public final class DemoCohort {

    public static final long SEED = 20261130L;
    public static final int DEMO_SIZE = 2000;
    public static final String WORSE_CENTRE = "IT-NA-04";
    public static final String WORSE_OPERATOR = "OP-RM-2";

    private DemoCohort() {
    }

    public static List<CaseStory> generate(int cases, long seed) {
        Random random = new Random(seed);
        List<CaseStory> stories = new ArrayList<>(cases);
        for (int i = 0; i < cases; i++) {
            Centre centre = Centre.ALL.get(random.nextInt(Centre.ALL.size()));
            String operator = centre.operators().get(random.nextInt(centre.operators().size()));
            CaseType type = CaseType.draw(random);
            Ids ids = new Ids(seed, i);
            stories.add(new StoryWriter(random, ids, centre.id(), operator, type).write());
        }
        return stories;
    }

    /** Deterministic UUIDs for the entries of case number {@code index}. */
    record Ids(long seed, int index) {
        String of(String entry) {
            return UUID.nameUUIDFromBytes((seed + "/" + index + "/" + entry).getBytes(StandardCharsets.UTF_8)).toString();
        }
    }
}
