package io.boneregistry.app.forms;

import io.boneregistry.projections.internal.StoredEvents;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Italian all the way: every phrase the pages ask for, every field of every form, every code a form
 * or the vocabulary offers and every stored event has its Italian words in js/common/i18n.js (none
 * falls back to English or to a code spelt out).
 */
class WordsTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    private static final Pattern KEY = Pattern.compile("^ {12}'?([A-Za-z0-9_-]+)'?:", Pattern.MULTILINE);
    private static final Pattern UI_CALL = Pattern.compile("\\bui\\('([^']+)'\\)");
    private static final Pattern DATA_UI = Pattern.compile("data-ui=\"([^\"]+)\"");

    @Test
    void everyPhraseThePagesAskForHasItsEnglishAndItalian() throws IOException {
        Set<String> asked = new TreeSet<>();
        for (Path module : modules()) {
            Matcher call = UI_CALL.matcher(Files.readString(module));
            while (call.find()) asked.add(call.group(1));
        }
        Matcher attribute = DATA_UI.matcher(Files.readString(STATIC.resolve("index.html")));
        while (attribute.find()) asked.add(attribute.group(1));
        assertThat(keys("en", "ui")).as("English").containsAll(asked);
        assertThat(keys("it", "ui")).as("Italian").containsAll(asked);
    }

    @Test
    void everyFieldOfEveryFormHasItsItalianLabel() throws IOException {
        Set<String> names = new TreeSet<>();
        FormsController.ENTRIES.values().forEach(content -> everyField(FormSpecs.of(content), names, new TreeSet<>()));
        assertThat(keys("it", "fields")).containsAll(names);
    }

    @Test
    void everyCodeTheFormsAndTheVocabularyOfferIsInItalianWords() throws IOException {
        Set<String> codes = new TreeSet<>();
        FormsController.ENTRIES.values().forEach(content -> everyField(FormSpecs.of(content), new TreeSet<>(), codes));
        VocabularyController vocabulary = new VocabularyController();
        Stream.of(vocabulary.vocabulary().diagnoses(), vocabulary.vocabulary().stages(), vocabulary.vocabulary().verdicts(),
                        vocabulary.vocabulary().statusGridSteps(), vocabulary.vocabulary().techniques())
                .flatMap(List::stream).forEach(code -> codes.add(((Enum<?>) code).name()));
        codes.removeIf(code -> code.matches("[CTL]\\d+"));
        assertThat(keys("it", "values")).containsAll(codes);
    }

    @Test
    void everyStoredEventHasItsItalianNameInTheAuditTrail() throws IOException {
        Set<String> events = new TreeSet<>();
        StoredEvents.types().forEach(type -> events.add(type.getSimpleName()));
        assertThat(keys("it", "events")).containsAll(events);
    }

    private static void everyField(List<FieldSpec> fields, Set<String> names, Set<String> codes) {
        for (FieldSpec field : fields) {
            names.add(field.name().replaceAll("\\[\\d*]", "").replaceAll(".*\\.", ""));
            if (field.values() != null) codes.addAll(field.values());
            if (field.fields() != null) everyField(field.fields(), names, codes);
            if (field.variants() != null) {
                codes.addAll(field.variants().keySet());
                field.variants().values().forEach(variant -> everyField(variant, names, codes));
            }
        }
    }

    /** The keys of one language's part ("ui", "fields", "values", "events") of i18n.js. */
    private static Set<String> keys(String language, String part) throws IOException {
        String words = Files.readString(STATIC.resolve("js/common/i18n.js"));
        int start = words.indexOf("\n    " + language + ": {");
        int from = words.indexOf("\n        " + part + ": {", start);
        int to = words.indexOf("\n        },", from);
        assertThat(start).as(language).isNotNegative();
        assertThat(from).as(language + "." + part).isNotNegative();
        Set<String> keys = new TreeSet<>();
        Matcher key = KEY.matcher(words.substring(from, to));
        while (key.find()) keys.add(key.group(1));
        return keys;
    }

    private static List<Path> modules() throws IOException {
        try (Stream<Path> files = Files.walk(STATIC.resolve("js"))) {
            return files.filter(file -> file.toString().endsWith(".js")).toList();
        }
    }

}
