package io.boneregistry.projections.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Read-model documents are immutable: a change is a copy with one entry put, recording order kept. */
public final class Maps {

    private Maps() {
    }

    public static <V> Map<String, V> with(Map<String, V> map, String key, V value) {
        Map<String, V> next = new LinkedHashMap<>(map);
        next.put(key, value);
        return Collections.unmodifiableMap(next);
    }
}
