package io.boneregistry.app.durability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static io.boneregistry.api.fixtures.CaseFixture.registrationAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stops for thirty seconds under load (issue 15, PostgreSQL profile): writes are
 * answered 503 with Retry-After as problem details, none half-stored; when the database returns the
 * registry takes writes again by itself, and every write acknowledged before or after is kept.
 * Part of the fault suite ({@code mvn -B verify -Pfaults}).
 */
@Tag("fault")
class DatabaseOutageTest {

    private static final int CLIENTS = 8;
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void writesAreRefused503WhileTheDatabaseIsDownAndTheRegistryRecoversByItself(@TempDir Path data, @TempDir Path database) throws Exception {
        int databasePort = RegistryProcess.freePort();
        AtomicReference<EmbeddedPostgres> postgres = new AtomicReference<>(postgresOn(database, databasePort));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> refused = ConcurrentHashMap.newKeySet();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> badRefusals = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicReference<Instant> firstStoredAfterReturn = new AtomicReference<>();
        AtomicReference<Instant> returned = new AtomicReference<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        try (RegistryProcess registry = RegistryProcess.startOnPostgres(data, RegistryProcess.freePort(),
                postgres.get().getJdbcUrl("postgres", "postgres"))) {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int client = 0; client < CLIENTS; client++) {
                clients.submit(() -> {
                    while (writing.get()) {
                        String caseId = UUID.randomUUID().toString();
                        HttpResponse<String> answer = register(registry, caseId);
                        statuses.merge(answer.statusCode(), 1, Integer::sum);
                        if (answer.statusCode() == 201) {
                            acknowledged.add(caseId);
                            if (returned.get() != null) firstStoredAfterReturn.compareAndSet(null, Instant.now());
                        } else if (answer.statusCode() == 503) {
                            refused.add(caseId);
                            if (answer.headers().firstValue("Retry-After").isEmpty()
                                    || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                                badRefusals.add(answer.headers().map() + " " + answer.body());
                            }
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(10_000);
            postgres.get().close();   // the database goes away under load
            Thread.sleep(OUTAGE.toMillis());
            postgres.set(postgresOn(database, databasePort));
            returned.set(Instant.now());
            Instant deadline = Instant.now().plusSeconds(120);
            while (firstStoredAfterReturn.get() == null && Instant.now().isBefore(deadline)) Thread.sleep(200);
            Thread.sleep(5_000);
            writing.set(false);
            clients.shutdown();
            clients.awaitTermination(60, TimeUnit.SECONDS);

            System.out.printf("[outage] database down %d s under %d writers: answers %s; the first write stored %.1f s after it returned%n",
                    OUTAGE.toSeconds(), CLIENTS, statuses, firstStoredAfterReturn.get() == null ? Double.NaN
                            : Duration.between(returned.get(), firstStoredAfterReturn.get()).toMillis() / 1000.0);
            assertThat(statuses.keySet()).as("only stored (201) or refused for the database (503)").containsOnly(201, 503);
            assertThat(statuses.get(503)).as("writes refused while the database was down").isPositive();
            assertThat(badRefusals).as("503s without Retry-After or problem details").isEmpty();
            assertThat(firstStoredAfterReturn.get()).as("the registry took writes again by itself").isNotNull();
            for (String caseId : acknowledged) assertThat(registry.status("/api/cases/" + caseId + "/history")).as(caseId).isEqualTo(200);
            for (String caseId : refused) {
                HttpResponse<String> history = registry.get("/api/cases/" + caseId + "/history", registry.clinician());
                assertThat(history.statusCode()).as("a refused write stored nothing, or all of itself").isIn(200, 404);
                if (history.statusCode() == 200) assertThat(json.readTree(history.body()).findValuesAsText("type")).contains("CaseRegistered");
            }
        } finally {
            postgres.get().close();
        }
    }

    private HttpResponse<String> register(RegistryProcess registry, String caseId) {
        try {
            ObjectNode body = json.valueToTree(registrationAt("IT-BO-01", "P-OUTAGE-1"));
            body.put("caseId", caseId);
            return registry.post("/api/cases", registry.clinician(), json.writeValueAsString(body));
        } catch (Exception e) {
            throw new IllegalStateException("the registry did not answer: " + e, e);
        }
    }

    /** PostgreSQL on {@code directory} and {@code port}: initialised the first time, started again on the same files after. */
    private static EmbeddedPostgres postgresOn(Path directory, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).setPort(port).start();
    }
}
