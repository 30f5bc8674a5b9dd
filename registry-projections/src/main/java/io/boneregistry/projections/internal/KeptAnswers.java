package io.boneregistry.projections.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Answers already computed from one version of a read model's rows (the statistics rows, the
 * conformance evaluations): an auditor's dashboard asks the same questions again and again, and a
 * question asked by many at once is computed once. Answers of earlier versions are dropped when
 * the rows change.
 */
public final class KeptAnswers {

    private static final int MOST = 2000;

    private final ConcurrentMap<List<Object>, CompletableFuture<Object>> answers = new ConcurrentHashMap<>();
    private volatile String version = "";

    /** The answer to {@code question} (its name and arguments) on rows of {@code version}. */
    @SuppressWarnings("unchecked")
    public <T> T get(String version, Supplier<T> compute, Object... question) {
        if (!version.equals(this.version) || answers.size() > MOST) {
            answers.clear();
            this.version = version;
        }
        List<Object> key = Arrays.asList(version, Arrays.asList(question));
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> earlier = answers.putIfAbsent(key, mine);
        if (earlier != null) return (T) joined(earlier);
        try {
            mine.complete(compute.get());
        } catch (RuntimeException e) {
            answers.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        return (T) mine.join();
    }

    private static Object joined(CompletableFuture<Object> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
