package io.boneregistry.app.durability;

import io.boneregistry.app.RegistryApplication;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * The registry as `java -jar` runs it on the embedded default, from this build's classes, on its
 * own data directory and port: what the durability tests kill, restart and restore into. Requests
 * go as the embedded default's first-run accounts (application-default.yml).
 */
final class RegistryProcess implements AutoCloseable {

    static final String CLINICIAN = basic("clinician");
    static final String MANAGER = basic("manager");
    private static final Path LOG = Path.of("target", "durability-registry.log");

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private RegistryProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a registry on {@code data} and waits until it answers (at most two minutes). */
    static RegistryProcess start(Path data, int port) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), RegistryApplication.class.getName(),
                "--server.port=" + port, "--registry.data-dir=" + data, "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                .start();
        RegistryProcess registry = new RegistryProcess(process, port);
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

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    int status(String path) throws Exception {
        return http.send(request(path, CLINICIAN).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
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

    private static String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + account).getBytes());
    }
}
