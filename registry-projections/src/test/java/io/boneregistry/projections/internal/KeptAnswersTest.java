package io.boneregistry.projections.internal;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeptAnswersTest {

    private final KeptAnswers answers = new KeptAnswers();
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void theSameQuestionOnTheSameRowsIsComputedOnce() {
        assertThat(answers.get("v1", computed::incrementAndGet, "benchmarks", null, 28)).isEqualTo(1);
        assertThat(answers.get("v1", computed::incrementAndGet, "benchmarks", null, 28)).isEqualTo(1);
        assertThat(answers.get("v1", computed::incrementAndGet, "benchmarks", null, 14)).as("another setting").isEqualTo(2);
    }

    @Test
    void rowsThatChangedAreCountedAgain() {
        answers.get("v1", computed::incrementAndGet, "benchmarks");
        assertThat(answers.get("v2", computed::incrementAndGet, "benchmarks")).isEqualTo(2);
    }

    @Test
    void aFailureIsNotKept() {
        assertThatThrownBy(() -> answers.get("v1", () -> {
            throw new IllegalStateException("read model unavailable");
        }, "benchmarks")).isInstanceOf(IllegalStateException.class);
        assertThat(answers.get("v1", computed::incrementAndGet, "benchmarks")).isEqualTo(1);
    }
}
