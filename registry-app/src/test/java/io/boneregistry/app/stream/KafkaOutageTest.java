package io.boneregistry.app.stream;

import io.boneregistry.cohort.CaseStory;
import io.boneregistry.cohort.DemoCohort;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import static io.boneregistry.app.stream.EventRecords.EVENT_ID;
import static io.boneregistry.app.stream.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker goes away while cases are being logged: logging goes on without error, and when a
 * broker is back on the same address, every event logged during the outage is delivered.
 */
@SpringBootTest
@ActiveProfiles("test")
class KafkaOutageTest {

    private static final String TOPIC = "bone-registry.events";
    private static final int PORT = freePort();
    private static EmbeddedKafkaKraftBroker broker;

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void streamToTheBrokerAddress(DynamicPropertyRegistry registry) {
        registry.add("registry.kafka.bootstrap-servers", () -> "localhost:" + PORT);
        registry.add("registry.kafka.ack-timeout-seconds", () -> 5);
        registry.add("registry.kafka.partitions", () -> 3);
    }

    @Test
    void eventsLoggedWhileTheBrokerIsDownAreDeliveredWhenItReturns() throws Exception {
        broker = startBroker();
        List<CaseStory> before = DemoCohort.generate(4, 7L);
        CohortLogger.log(commands, before);
        assertDelivered(CohortLogger.eventIds(jdbc, before));

        broker.destroy();
        List<CaseStory> duringOutage = DemoCohort.generate(8, 8L).subList(4, 8);
        CohortLogger.log(commands, duringOutage);
        List<String> loggedDuringOutage = CohortLogger.eventIds(jdbc, duringOutage);
        assertThat(loggedDuringOutage).isNotEmpty();

        broker = startBroker();
        assertDelivered(loggedDuringOutage);
    }

    /**
     * The fault suite's outage (issue 15): the broker away for longer than the producer's delivery
     * timeout (here 15 s: the ack timeout of 5 s, floored at 15 s), so every batch sent meanwhile
     * expires unacknowledged; the publisher's position stays behind them, and they are sent again.
     */
    @Test
    @Tag("fault")
    void eventsLoggedWhileTheBrokerIsAwayLongerThanTheDeliveryTimeoutAreAllDelivered() throws Exception {
        if (broker == null) broker = startBroker();
        List<CaseStory> before = DemoCohort.generate(12, 9L).subList(0, 4);
        CohortLogger.log(commands, before);
        assertDelivered(CohortLogger.eventIds(jdbc, before));

        broker.destroy();
        List<CaseStory> early = DemoCohort.generate(12, 9L).subList(4, 8);
        CohortLogger.log(commands, early);
        Thread.sleep(Duration.ofSeconds(25).toMillis());
        List<CaseStory> late = DemoCohort.generate(12, 9L).subList(8, 12);
        CohortLogger.log(commands, late);

        broker = startBroker();
        List<String> loggedDuringOutage = new java.util.ArrayList<>(CohortLogger.eventIds(jdbc, early));
        loggedDuringOutage.addAll(CohortLogger.eventIds(jdbc, late));
        assertDelivered(loggedDuringOutage);
    }

    private void assertDelivered(List<String> eventIds) {
        try (TopicReader topic = new TopicReader("localhost:" + PORT, TOPIC)) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                    topic.received().stream().map(record -> header(record, EVENT_ID)).toList()).containsAll(eventIds));
        }
    }

    /** A broker on the fixed address (kafkaPorts is not honoured in KRaft mode; the listener is). */
    private static EmbeddedKafkaKraftBroker startBroker() {
        EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, 3, TOPIC);
        started.brokerProperty("listeners", "EXTERNAL://localhost:" + PORT + ",CONTROLLER://localhost:0");
        try {
            started.afterPropertiesSet();
        } catch (KafkaException e) {
            // the registry's own admin client, retrying since start-up, may create the topic first: the broker is up all the same
            if (!(e.getCause() != null && e.getCause().getCause() instanceof TopicExistsException)) throw e;
        }
        return started;
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) broker.destroy();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
