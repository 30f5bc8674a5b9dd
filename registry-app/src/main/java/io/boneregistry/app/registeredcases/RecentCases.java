package io.boneregistry.app.registeredcases;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is known of the most recently used cases, at most {@code kept} of them, the least recently
 * used forgotten first: the bounded cache behind each per-case lookup that must not grow with the registry.
 */
public final class RecentCases<V> extends LinkedHashMap<String, V> {

    private final int kept;

    public RecentCases(int kept) {
        super(16, 0.75f, true);
        this.kept = kept;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > kept;
    }
}
