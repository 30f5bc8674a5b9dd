package io.boneregistry.app.durability;

import io.boneregistry.app.RegistryApplication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The registry as `java -jar` runs it, from this build's classes, on its own data directory and
 * port: what the durability tests kill, restart and restore into. On the embedded default it is
 * asked as the first-run accounts (application-default.yml); on the postgres profile, which refuses
 * those, as accounts of the same names with a password of the test's own.
 */
final class RegistryProcess implements AutoCloseable {

    private static final Path LOG = Path.of("target", "durability-registry.log");
    private static final String POSTGRES_PASSWORD = "fault-suite-only";

    private final Process process;
    private final int port;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private RegistryProcess(Process process, int port, String password) {
        this.process = process;
        this.port = port;
        this.password = password;
    }

    /** A registry on the embedded default (H2 under {@code data}), once it answers. */
    static RegistryProcess start(Path data, int port) throws Exception {
        return start(data, port, null, List.of());
    }

    /** A registry on the postgres profile, on the database at {@code jdbcUrl} (user postgres), once it answers. */
    static RegistryProcess startOnPostgres(Path data, int port, String jdbcUrl) throws Exception {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(POSTGRES_PASSWORD);
        return start(data, port, POSTGRES_PASSWORD, List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--registry.security.accounts[0].username=clinician", "--registry.security.accounts[0].password=" + hash,
                "--registry.security.accounts[0].role=CLINICIAN", "--registry.security.accounts[0].centres[0]=IT-BO-01",
                "--registry.security.accounts[1].username=manager", "--registry.security.accounts[1].password=" + hash,
                "--registry.security.accounts[1].role=REGISTRY_MANAGER"));
    }

    private static RegistryProcess start(Path data, int port, String password, List<String> more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), RegistryApplication.class.getName(),
                "--server.port=" + port, "--registry.data-dir=" + data, "--logging.level.root=WARN"));
        command.addAll(more);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile())).start();
        RegistryProcess registry = new RegistryProcess(process, port, password);
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) throw new IllegalStateException("the registry stopped while starting; see " + LOG);
            try {
                if (registry.status("/actuator/health") == 200) return registry;
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the registry did not start in 120 s; see " + LOG);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    HttpClient http() {
        return http;
    }

    String clinician() {
        return basic("clinician");
    }

    String manager() {
        return basic("manager");
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    int status(String path) throws Exception {
        return http.send(request(path, clinician()).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    HttpResponse<String> get(String path, String authorization) throws Exception {
        return http.send(request(path, authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String authorization, String body) throws Exception {
        return http.send(request(path, authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path, String authorization) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String password(String account) {
        return password == null ? account : password;
    }

    private String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + password(account)).getBytes());
    }
}
