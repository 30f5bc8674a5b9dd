package io.boneregistry.app.backup;

import io.boneregistry.app.security.CentreScoped;
import io.boneregistry.app.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Backups of the embedded default while it runs (docs/operations.md#backups): H2's {@code BACKUP TO}
 * writes a consistent copy of the whole database — events, case keys, read models and tokens — as
 * one zip under the data directory's {@code backups/}, which a registry manager downloads and
 * restores by unzipping it into an empty data directory. A PostgreSQL registry is backed up with
 * the database's own tools; this answers 501 there and says so.
 */
@RestController
@RequestMapping("/api/admin/backups")
@CentreScoped(CentreScoped.Scope.REGISTRY)
class BackupController {

    private static final Pattern NAME = Pattern.compile("registry-\\d{8}T\\d{9}Z\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final Path directory;

    BackupController(JdbcTemplate jdbc, @Value("${registry.data-dir}") Path dataDirectory) {
        this.jdbc = jdbc;
        this.directory = dataDirectory.resolve("backups");
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    synchronized Backup take() throws IOException {
        requireEmbedded();
        Files.createDirectories(directory);
        Path file = directory.resolve("registry-" + STAMP.format(Instant.now()) + ".zip").toAbsolutePath();
        jdbc.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        return Backup.of(file);
    }

    @GetMapping
    List<Backup> all() throws IOException {
        requireEmbedded();
        if (!Files.isDirectory(directory)) return List.of();
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> NAME.matcher(file.getFileName().toString()).matches()).sorted().map(Backup::of).toList();
        }
    }

    /** One backup's zip, by the name {@link #take} gave it (nothing else under the data directory can be named). */
    @GetMapping("/{name}")
    ResponseEntity<Resource> download(@PathVariable String name) {
        requireEmbedded();
        Path file = directory.resolve(name);
        if (!NAME.matcher(name).matches() || !Files.isRegularFile(file)) throw new NotFoundException("no backup " + name);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(new FileSystemResource(file));
    }

    private void requireEmbedded() {
        String database = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
        if ("H2".equals(database)) return;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_IMPLEMENTED,
                "this registry runs on " + database + ": back it up with the database's own tools (pg_dump, or continuous archiving), "
                        + "which keep the case keys with the events; see docs/operations.md#backups");
        problem.setTitle("Backups are the database's");
        throw new ErrorResponseException(HttpStatus.NOT_IMPLEMENTED, problem, null);
    }
}
