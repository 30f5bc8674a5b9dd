package io.boneregistry.app.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** One backup of the embedded default: its file's name, size, when it was written, and where to download it. */
record Backup(String name, long bytes, Instant writtenAt, String download) {

    static Backup of(Path file) {
        try {
            String name = file.getFileName().toString();
            return new Backup(name, Files.size(file), Files.getLastModifiedTime(file).toInstant(), "/api/admin/backups/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
