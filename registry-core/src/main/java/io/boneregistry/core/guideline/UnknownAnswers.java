package io.boneregistry.core.guideline;

import java.util.ArrayList;
import java.util.List;

/** The answers a rule turns on that were left unknown, named in words for a "not judged" or "not recorded" detail. */
public final class UnknownAnswers {

    private UnknownAnswers() {
    }

    /** {@code namesAndAnswers}: a question's name in words, then its answer, repeated; the names of those unknown. */
    public static List<String> among(Object... namesAndAnswers) {
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < namesAndAnswers.length; i += 2) {
            if (namesAndAnswers[i + 1] == null) unknown.add((String) namesAndAnswers[i]);
        }
        return unknown;
    }

    /** "soft-tissue extension, fracture risk not recorded" */
    public static String notRecorded(List<String> names) {
        return String.join(", ", names) + " not recorded";
    }
}
