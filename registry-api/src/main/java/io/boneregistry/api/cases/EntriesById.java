package io.boneregistry.api.cases;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A case's entries of one kind by id, in recording order, as the aggregate's record and the read
 * models' documents hold them: immutable, so a change is a copy with one entry put.
 */
public final class EntriesById {

    private EntriesById() {
    }

    public static <V> Map<String, V> with(Map<String, V> entries, String id, V entry) {
        Map<String, V> next = new LinkedHashMap<>(entries);
        next.put(id, entry);
        return Collections.unmodifiableMap(next);
    }

    public static <V> Map<String, V> without(Map<String, V> entries, String id) {
        Map<String, V> next = new LinkedHashMap<>(entries);
        next.remove(id);
        return Collections.unmodifiableMap(next);
    }
}
