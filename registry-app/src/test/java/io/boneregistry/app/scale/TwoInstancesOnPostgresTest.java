package io.boneregistry.app.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.api.assessment.Assessment;
import io.boneregistry.app.RegistryApplication;
import io.boneregistry.app.TestRequesters;
import io.boneregistry.app.postgres.EmbeddedPostgresConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static io.boneregistry.api.fixtures.CaseFixture.*;
import static io.boneregistry.api.fixtures.ProcedureFixture.rfaWithVertebroplasty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two registry instances on one PostgreSQL, as a regional registry runs them: both take writes,
 * concurrent writes to one case give one success and one 409 and never a lost update, every
 * projection's segments are shared between them, and every event reaches a projection exactly once.
 */
class TwoInstancesOnPostgresTest {

    private static final List<String> SHARED = List.of("case-summary", "analysis-dataset", "guideline-conformance", ExactlyOnceProbe.NAME);

    /** The shared PostgreSQL server, a Spring bean of this parent context: closing it stops the server. */
    private static AnnotationConfigApplicationContext database;
    private static List<ConfigurableApplicationContext> instances;
    private static List<String> urls;
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /**
     * The server for both instances, without a profile: a parent's active profiles pass to its
     * children, which would then each start a server of their own.
     */
    @Configuration(proxyBeanMethods = false)
    static class SharedPostgres {
        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres() throws IOException {
            return EmbeddedPostgres.builder().start();
        }

        @Bean
        DataSource dataSource(EmbeddedPostgres postgres) {
            return EmbeddedPostgresConfiguration.dataSourceOf(postgres);
        }
    }

    @BeforeAll
    static void twoInstancesShareOneDatabase() {
        database = new AnnotationConfigApplicationContext(SharedPostgres.class);
        ConfigurableApplicationContext first = start();
        new JdbcTemplate(database.getBean(DataSource.class)).execute(ExactlyOnceProbe.TABLE);
        instances = List.of(first, start());
        urls = instances.stream().map(c -> "http://localhost:" + c.getEnvironment().getProperty("local.server.port")).toList();
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(RegistryApplication.class).parent(database)
                .profiles("postgres", "exactly-once-probe")
                .properties("server.port=0", "axoniq.update-checker.disabled=true",
                        "axon.eventhandling.processors.exactly-once-probe.mode=pooled",
                        "axon.eventhandling.processors.exactly-once-probe.initial-segment-count=4",
                        "axon.axonserver.enabled=false", "registry.scale.balance-interval-ms=500")
                .run();
    }

    @AfterAll
    static void stop() {
        if (instances != null) instances.forEach(ConfigurableApplicationContext::close);
        if (database != null) database.close();
    }

    @Test
    void concurrentWritesToOneCaseGiveOneSuccessAndOneConflict() throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            String caseId = send(urls.get(0), "POST", "/api/cases", registration(), 201).get("caseId").asText();
            Assessment[] rival = {painfulVertebralMetastasis(), osteoidOsteomaOfFemur()};
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<HttpResponse<String>>> writes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String url = urls.get(i);
                Assessment assessment = rival[i];
                writes.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await();
                        return HTTP.send(request(url, "POST", "/api/cases/" + caseId + "/assessment", assessment), HttpResponse.BodyHandlers.ofString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            List<Integer> statuses = writes.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted().toList();
            assertThat(statuses).as("case %s", caseId).containsExactly(200, 409);
            Assessment winner = rival[writes.get(0).join().statusCode() == 200 ? 0 : 1];
            JsonNode history = get(urls.get(1), "/api/cases/" + caseId + "/history");
            List<JsonNode> recorded = history.findParents("assessment");
            assertThat(recorded).as("one assessment stored, the winner's").hasSize(1);
            assertThat(recorded.get(0).at("/assessment/diagnosis").asText()).isEqualTo(winner.diagnosis().name());
        }
    }

    @Test
    void bothInstancesTakeWritesAndEveryEventReachesEachProjectionExactlyOnce() throws Exception {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String url = urls.get(i % 2);
            String caseId = send(url, "POST", "/api/cases", registrationAt("IT-SC-0" + (i % 3), "P-SCALE-" + i), 201).get("caseId").asText();
            send(url, "POST", "/api/cases/" + caseId + "/assessment", painfulVertebralMetastasis(), 200);
            send(urls.get((i + 1) % 2), "POST", "/api/cases/" + caseId + "/treatment-decision", palliativeRfaWithCement(), 200);
            send(url, "POST", "/api/cases/" + caseId + "/procedures", rfaWithVertebroplasty(), 201);
            cases.add(caseId);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> SHARED.stream().allMatch(p -> status(0, p).get("caughtUp").asBoolean()));

        JdbcTemplate jdbc = new JdbcTemplate(database.getBean(DataSource.class));
        Integer events = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Integer.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM probe_handled", Integer.class)).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT MAX(handled) FROM probe_handled", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT DISTINCT instance_id FROM probe_handled", String.class)).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE stage = 'TREATED'", Integer.class)).isGreaterThanOrEqualTo(cases.size());
        for (String caseId : cases) {
            assertThat(get(urls.get(1), "/api/cases/" + caseId).get("procedures")).hasSize(1);
        }
    }

    @Test
    void everyProjectionsSegmentsAreSharedBetweenTheInstances() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String projection : SHARED) {
                Set<Integer> first = segmentsHere(0, projection);
                Set<Integer> second = segmentsHere(1, projection);
                assertThat(first).as(projection + " on the first instance").isNotEmpty();
                assertThat(second).as(projection + " on the second instance").isNotEmpty();
                assertThat(first).as(projection + ": a segment held twice").doesNotContainAnyElementsOf(second);
                Set<Integer> all = new HashSet<>(first);
                all.addAll(second);
                assertThat(all).as(projection + ": every segment held").hasSize(status(0, projection).get("segments").size());
            }
        });
    }

    private static Set<Integer> segmentsHere(int instance, String projection) {
        Set<Integer> segments = new HashSet<>();
        status(instance, projection).get("segmentsHere").forEach(segment -> segments.add(segment.asInt()));
        return segments;
    }

    private static JsonNode status(int instance, String projection) {
        try {
            if (projection.equals(ExactlyOnceProbe.NAME)) return probeStatus(instance);
            return get(urls.get(instance), "/api/admin/projections/" + projection);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The probe is no registry projection, so the admin API does not list it; ask Axon directly. */
    private static JsonNode probeStatus(int instance) {
        var processing = instances.get(instance).getBean(org.axonframework.config.EventProcessingConfiguration.class);
        var processor = processing.eventProcessor(ExactlyOnceProbe.NAME, org.axonframework.eventhandling.StreamingEventProcessor.class).orElseThrow();
        var jdbc = new JdbcTemplate(database.getBean(DataSource.class));
        long head = jdbc.queryForObject("SELECT COALESCE(MAX(globalIndex), 0) FROM DomainEventEntry", Long.class);
        long handled = jdbc.queryForObject("SELECT COUNT(*) FROM probe_handled", Long.class);
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        var status = JSON.createObjectNode();
        status.put("caughtUp", handled == events && head > 0);
        var here = status.putArray("segmentsHere");
        processor.processingStatus().keySet().forEach(here::add);
        var all = status.putArray("segments");
        jdbc.queryForList("SELECT segment FROM TokenEntry WHERE processorName = ?", Integer.class, ExactlyOnceProbe.NAME).forEach(all::add);
        return status;
    }

    private static JsonNode send(String url, String method, String path, Object body, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request(url, method, path, body), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    private static HttpRequest request(String url, String method, String path, Object body) throws Exception {
        return HttpRequest.newBuilder(URI.create(url + path)).header("Content-Type", "application/json")
                .header("Authorization", TestRequesters.as(TestRequesters.CLINICIAN))
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    }

    private static JsonNode get(String url, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", TestRequesters.as(path.startsWith("/api/admin") ? TestRequesters.MANAGER : TestRequesters.CLINICIAN)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
