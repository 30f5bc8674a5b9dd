package io.boneregistry.app.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.app.RegistryApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
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
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.boneregistry.api.fixtures.CaseFixture.registrationAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the embedded default acknowledged survives a crash (issue 15): a real registry process on
 * its H2 file takes registrations from sixteen clients, is killed with SIGKILL mid-stream, and is
 * started again on the same data directory; every registration that was answered 201 is there.
 */
class CrashTest {

    private static final int CLIENTS = 16;

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void everyAcknowledgedWriteSurvivesAKillOfTheProcess(@TempDir Path data) throws Exception {
        int port = RegistryProcess.freePort();
        RegistryProcess registry = RegistryProcess.start(data, port);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        Instant stopAt = Instant.now().plusSeconds(8);
        for (int client = 0; client < CLIENTS; client++) {
            clients.submit(() -> {
                Browser browser = new Browser(port);
                while (Instant.now().isBefore(stopAt) && registry.isAlive()) {
                    String caseId = UUID.randomUUID().toString();
                    try {
                        if (browser.register(caseId) == 201) acknowledged.add(caseId);
                    } catch (Exception connectionLost) {
                        return null;
                    }
                }
                return null;
            });
        }
        Thread.sleep(Duration.between(Instant.now(), stopAt).toMillis() - 1000);
        registry.kill();   // SIGKILL, mid-stream
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);

        try (RegistryProcess restarted = RegistryProcess.start(data, port)) {
            List<String> lost = new ArrayList<>();
            for (String caseId : acknowledged) {
                if (restarted.status("/api/cases/" + caseId + "/history") != 200) lost.add(caseId);
            }
            System.out.printf("[crash] %d registrations acknowledged before SIGKILL, %d missing after restart%n", acknowledged.size(), lost.size());
            assertThat(acknowledged).hasSizeGreaterThan(50);
            assertThat(lost).as("acknowledged, then lost").isEmpty();
        }
    }

    /**
     * A clinician's browser session: logged in once, then writing with its CSRF token, as the
     * workspace does (a password hash per request would make writes too slow to crash mid-stream).
     */
    private final class Browser {
        private final int port;
        private final HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private String csrfHeader;
        private String csrfToken;

        Browser(int port) {
            this.port = port;
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

        private void logIn() throws Exception {
            String page = session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher field = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
            if (!field.find()) throw new IllegalStateException("no CSRF field on the login page");
            session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=clinician&password=clinician&_csrf="
                            + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
            JsonNode csrf = json.readTree(session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/csrf")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            csrfHeader = csrf.get("headerName").asText();
            csrfToken = csrf.get("token").asText();
        }
    }
}
