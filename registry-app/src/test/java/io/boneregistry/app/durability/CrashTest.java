package io.boneregistry.app.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.boneregistry.api.fixtures.CaseFixture.registrationAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the registry acknowledged survives a crash (issue 15), on the embedded default and on
 * PostgreSQL: a real registry process takes registrations from sixteen clients, is killed with
 * SIGKILL once it has answered at least a thousand more, and is started again on the same data, three
 * times over; every registration ever answered 201 is there each time, no case in the store is
 * half-written, and the read models catch up to what a rebuild gives. Part of the fault suite ({@code mvn -B verify -Pfaults}).
 */
@Tag("fault")
class CrashTest {

    private static final int CLIENTS = 16;
    private static final int ROUNDS = 3;
    private static final int AT_LEAST = 1000;

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void onTheEmbeddedDefaultEveryAcknowledgedWriteSurvivesAKill(@TempDir Path data) throws Exception {
        killedThreeTimes("H2", port -> RegistryProcess.start(data, port));
    }

    @Test
    void onPostgresEveryAcknowledgedWriteSurvivesAKill(@TempDir Path data, @TempDir Path database) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(database).setCleanDataDirectory(false).start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            killedThreeTimes("PostgreSQL", port -> RegistryProcess.startOnPostgres(data, port, url));
        }
    }

    private interface Starter {
        RegistryProcess start(int port) throws Exception;
    }

    private void killedThreeTimes(String store, Starter starter) throws Exception {
        int port = RegistryProcess.freePort();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        RegistryProcess registry = starter.start(port);
        for (int round = 1; round <= ROUNDS; round++) {
            int answered = writeUntilKilled(registry, acknowledged);
            registry = starter.start(port);
            Browser reader = new Browser(registry);
            List<String> lost = new ArrayList<>();
            for (String caseId : acknowledged) {
                if (reader.status("/api/cases/" + caseId + "/history") != 200) lost.add(caseId);
            }
            System.out.printf("[crash] %s round %d: %d registrations acknowledged before SIGKILL (%d in all), %d missing after restart%n",
                    store, round, answered, acknowledged.size(), lost.size());
            assertThat(answered).isGreaterThanOrEqualTo(AT_LEAST);
            assertThat(lost).as("acknowledged, then lost").isEmpty();
        }
        try (RegistryProcess last = registry) {
            long caughtUp = casesOnceCaughtUp(last);
            assertThat(caughtUp).as("every acknowledged case in the read model").isGreaterThanOrEqualTo(acknowledged.size());
            assertThat(halfWritten(last)).as("cases whose registration is stored without its evaluation, or the other way round").isEmpty();
            assertThat(last.post("/api/admin/projections/case-summary/rebuild", last.manager(), "").statusCode()).isEqualTo(202);
            assertThat(casesOnceCaughtUp(last)).as("the rows a rebuild gives").isEqualTo(caughtUp);
        }
    }

    /** Sixteen clients register cases until the registry has answered {@link #AT_LEAST} more (or two minutes), then SIGKILL mid-stream. */
    private int writeUntilKilled(RegistryProcess registry, Set<String> acknowledged) throws Exception {
        AtomicInteger answered = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            clients.submit(() -> {
                Browser browser = new Browser(registry);
                while (registry.isAlive()) {
                    String caseId = UUID.randomUUID().toString();
                    try {
                        if (browser.register(caseId) == 201 && acknowledged.add(caseId)) answered.incrementAndGet();
                    } catch (Exception connectionLost) {
                        return null;
                    }
                }
                return null;
            });
        }
        Instant giveUp = Instant.now().plusSeconds(120);
        while (answered.get() < AT_LEAST && Instant.now().isBefore(giveUp)) Thread.sleep(100);
        registry.kill();   // SIGKILL, mid-stream
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);
        return answered.get();
    }

    /**
     * The cases in the store whose history is not whole: a registration is written as two events in
     * one transaction (the entry and its guideline evaluation), acknowledged or cut off by the kill.
     */
    private List<String> halfWritten(RegistryProcess registry) throws Exception {
        Browser reader = new Browser(registry);
        List<String> broken = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode cases = json.readTree(registry.get("/api/cases?size=200&page=" + page, registry.manager()).body()).get("content");
            if (cases.isEmpty()) return broken;
            for (JsonNode summary : cases) {
                String caseId = summary.get("caseId").asText();
                List<String> types = json.readTree(reader.body("/api/cases/" + caseId + "/history")).findValuesAsText("type");
                if (!types.equals(List.of("CaseRegistered", "GuidelineEvaluated"))) broken.add(caseId + " " + types);
            }
        }
    }

    /** The number of cases the case-summary read model holds once it has read every event. */
    private long casesOnceCaughtUp(RegistryProcess registry) throws Exception {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() ->
                json.readTree(registry.get("/api/admin/projections/case-summary", registry.manager()).body()).get("caughtUp").asBoolean());
        return json.readTree(registry.get("/api/cases?size=1", registry.manager()).body()).get("totalElements").asLong();
    }

    /**
     * A clinician's browser session: logged in once, then writing with its CSRF token, as the
     * workspace does (a password hash per request would make writes too slow to crash mid-stream).
     */
    private final class Browser {
        private final int port;
        private final String password;
        private final HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private String csrfHeader;
        private String csrfToken;

        Browser(RegistryProcess registry) {
            this.port = registry.port();
            this.password = registry.password("clinician");
        }

        int register(String caseId) throws Exception {
            if (csrfToken == null) logIn();
            ObjectNode body = json.valueToTree(registrationAt("IT-BO-01", "P-CRASH-1"));
            body.put("caseId", caseId);
            return session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases")).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header(csrfHeader, csrfToken)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }

        /** A read in this session (one password check for the whole session, not one per request). */
        int status(String path) throws Exception {
            return read(path).statusCode();
        }

        String body(String path) throws Exception {
            return read(path).body();
        }

        private HttpResponse<String> read(String path) throws Exception {
            if (csrfToken == null) logIn();
            return session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private void logIn() throws Exception {
            String page = session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher field = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
            if (!field.find()) throw new IllegalStateException("no CSRF field on the login page");
            session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=clinician&password=" + password + "&_csrf="
                            + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
            JsonNode csrf = json.readTree(session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/csrf")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            csrfHeader = csrf.get("headerName").asText();
            csrfToken = csrf.get("token").asText();
        }
    }
}
