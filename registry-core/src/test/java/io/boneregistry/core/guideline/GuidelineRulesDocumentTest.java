package io.boneregistry.core.guideline;

import io.boneregistry.api.guideline.GuidelineRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/guideline-rules.md and {@link GuidelineRule} say the same: every rule the registry checks has
 * its row with the strength the code gives it, every rule it does not check is listed with why, every
 * rule is quoted in the guideline's Italian, and the document names no rule the code does not have.
 */
class GuidelineRulesDocumentTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(R-[A-Z0-9-]+)` \\| ([^|]*)\\|", Pattern.MULTILINE);
    private static final Pattern RULE_ID = Pattern.compile("\\bR-[A-Z0-9]+(?:-[A-Z0-9]+)*");

    private static String document;

    @BeforeAll
    static void read() throws IOException {
        document = Files.readString(Path.of("..", "docs", "guideline-rules.md"));
    }

    @Test
    void everyEncodedRuleHasItsRowWithTheStrengthTheCodeGivesIt() {
        Map<String, String> rows = rows(section("## Encoded rules", "## Not encoded"));
        Map<String, String> expected = new LinkedHashMap<>();
        Arrays.stream(GuidelineRule.values()).filter(GuidelineRule::encoded)
                .forEach(rule -> expected.put(rule.id(), rule.strength().name().toLowerCase()));
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        rows.forEach((id, strength) -> assertThat(strength).as(id).startsWith(expected.get(id)));
    }

    @Test
    void everyRuleNotCheckedIsListedWithWhy() {
        Set<String> notEncoded = Arrays.stream(GuidelineRule.values()).filter(rule -> !rule.encoded()).map(GuidelineRule::id)
                .collect(Collectors.toSet());
        assertThat(rows(section("## Not encoded", "## The sentences")).keySet()).containsExactlyInAnyOrderElementsOf(notEncoded);
    }

    @Test
    void everyRuleIsQuotedInTheGuidelinesOwnWords() {
        String sentences = section("## The sentences", null);
        assertThat(GuidelineRule.values()).allSatisfy(rule -> assertThat(sentences).as(rule.id())
                .contains("- `" + rule.id() + "` (" + rule.source() + "): «" + rule.text() + "»"));
    }

    @Test
    void theDocumentNamesNoRuleTheCodeDoesNotHave() {
        Set<String> named = new TreeSet<>();
        Matcher ids = RULE_ID.matcher(document);
        while (ids.find()) named.add(ids.group());
        assertThat(named).allSatisfy(id -> assertThat(GuidelineRule.byId(id)).as(id).isPresent());
    }

    private static String section(String from, String to) {
        int start = document.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        int end = to == null ? document.length() : document.indexOf(to, start);
        return document.substring(start, end < 0 ? document.length() : end);
    }

    private static Map<String, String> rows(String section) {
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(section);
        while (row.find()) rows.put(row.group(1), row.group(2).trim());
        return rows;
    }
}
