package io.boneregistry.outcomes.benchmark;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every benchmark quotes the guideline's Italian word for word (docs/guideline-source-it.txt, its
 * whitespace collapsed) and docs/outcomes.md quotes the same, under "The sentences".
 */
class BenchmarkTextTest {

    @Test
    void everyBenchmarkQuotesTheGuidelinesItalianWordForWord() throws IOException {
        String source = Files.readString(Path.of("..", "docs", "guideline-source-it.txt")).replaceAll("(?U)\\s+", " ").replace("‐ ", "‐");
        for (Benchmark benchmark : Benchmark.values()) {
            assertThat(benchmark.text()).as(benchmark.id()).isNotBlank();
            assertThat(source).as(benchmark.id() + " quotes the source").contains(benchmark.text());
        }
    }

    @Test
    void docsOutcomesQuotesEveryBenchmarksSentence() throws IOException {
        String outcomes = Files.readString(Path.of("..", "docs", "outcomes.md"));
        String sentences = outcomes.substring(outcomes.indexOf("## The sentences"));
        for (Benchmark benchmark : Benchmark.values()) {
            assertThat(sentences).as(benchmark.id()).contains("- `" + benchmark.id() + "`: «" + benchmark.text() + "»");
        }
    }
}
