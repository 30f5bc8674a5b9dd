package io.boneregistry.api.guideline;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule quotes its own Italian sentence, and each quote is the guideline's word for word: found
 * in the source text (docs/guideline-source-it.txt, the guideline as the project received it) once its whitespace is collapsed and words hyphenated across a line are joined.
 */
class GuidelineTextTest {

    static String source() throws IOException {
        String text = Files.readString(Path.of("..", "docs", "guideline-source-it.txt"));
        return text.replaceAll("(?U)\\s+", " ").replace("‐ ", "‐");
    }

    @Test
    void everyRuleQuotesTheGuidelinesItalianWordForWord() throws IOException {
        String source = source();
        for (GuidelineRule rule : GuidelineRule.values()) {
            assertThat(rule.text()).as(rule.id()).isNotBlank();
            for (String part : rule.text().split(" … ")) {
                assertThat(source).as(rule.id() + " quotes the source").contains(part);
            }
        }
    }

    @Test
    void theQuotesAreOfTheRulesTheRegistryHas() {
        assertThat(Arrays.stream(GuidelineRule.values()).map(GuidelineRule::text)).doesNotContainNull();
    }
}
