package io.boneregistry.app.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The browser code stays as small modules a reader can follow: short lines, every import resolvable, no codes copied from the API. */
class BrowserCodeTest {

    private static final Path MODULES = Path.of("src/main/resources/static/js");
    private static final Pattern IMPORT = Pattern.compile("from '(\\.[^']+)'");
    private static final Pattern CODE_LIST = Pattern.compile("\\[\\s*'[A-Z][A-Z_]+',\\s*'[A-Z][A-Z_]+'");

    @Test
    void noLineIsLongerThan120Characters() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path module : modules()) {
            List<String> lines = Files.readAllLines(module);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).length() > 120) tooLong.add(MODULES.relativize(module) + ":" + (i + 1));
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void everyImportNamesAModuleThatExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path module : modules()) {
            Matcher imported = IMPORT.matcher(Files.readString(module));
            while (imported.find()) {
                if (!Files.exists(module.getParent().resolve(imported.group(1)).normalize())) missing.add(module + " → " + imported.group(1));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void enumerationsComeFromTheApiNotFromListsOfCodes() throws IOException {
        List<String> lists = new ArrayList<>();
        for (Path module : modules()) {
            if (CODE_LIST.matcher(Files.readString(module)).find()) lists.add(MODULES.relativize(module).toString());
        }
        assertThat(lists).as("read them from /api/vocabulary").isEmpty();
    }

    private static List<Path> modules() throws IOException {
        try (Stream<Path> files = Files.walk(MODULES)) {
            List<Path> modules = files.filter(file -> file.toString().endsWith(".js")).sorted().toList();
            assertThat(modules).isNotEmpty();
            return modules;
        }
    }
}
