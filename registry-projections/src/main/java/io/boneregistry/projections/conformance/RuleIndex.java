package io.boneregistry.projections.conformance;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Rule ids as small numbers, so each evaluation held in memory names its rule in two bytes. */
final class RuleIndex {

    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
    private final List<String> ids = new CopyOnWriteArrayList<>();

    synchronized int of(String ruleId) {
        Integer number = numbers.get(ruleId);
        if (number != null) return number;
        ids.add(ruleId);
        numbers.put(ruleId, ids.size() - 1);
        return ids.size() - 1;
    }

    String id(int number) {
        return ids.get(number);
    }

    int size() {
        return ids.size();
    }
}
