package io.boneregistry.app.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.cohort.CaseStory;
import io.boneregistry.cohort.DemoCohort;
import io.boneregistry.projections.internal.StoredEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.boneregistry.app.stream.EventRecords.EVENT_ID;
import static io.boneregistry.app.stream.EventRecords.EVENT_REVISION;
import static io.boneregistry.app.stream.EventRecords.EVENT_TYPE;
import static io.boneregistry.app.stream.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every event of a logged cohort arrives on the topic, in order per case, keyed and labelled as
 * documented, de-identified (the default), through a producer given extra client settings.
 */
@SpringBootTest(properties = {"registry.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "registry.kafka.properties.client.id=bone-registry-test", "registry.kafka.properties.compression.type=zstd"})
@EmbeddedKafka(kraft = true, partitions = 3, topics = "bone-registry.events")
@ActiveProfiles("test")
class KafkaEventStreamTest {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ObjectMapper json;
    @Value("${spring.embedded.kafka.brokers}")
    private String brokers;

    @Test
    void everyEventOfACohortArrivesInOrderPerCaseWithKeyAndHeaders() throws Exception {
        List<CaseStory> cohort = DemoCohort.generate(15, 42L);
        CohortLogger.log(commands, cohort);
        List<String> stored = CohortLogger.eventIds(jdbc, cohort);

        try (TopicReader topic = new TopicReader(brokers, "bone-registry.events")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.received().stream()
                    .map(record -> header(record, EVENT_ID)).distinct().count() >= stored.size());
            List<ConsumerRecord<String, String>> received = topic.received();

            assertThat(received.stream().map(record -> header(record, EVENT_ID)).distinct().toList())
                    .containsExactlyInAnyOrderElementsOf(stored);
            Map<String, Long> lastSequence = new HashMap<>();
            for (ConsumerRecord<String, String> record : received) {
                JsonNode value = json.readTree(record.value());
                assertThat(record.key()).isEqualTo(value.get("caseId").asText());
                assertThat(header(record, EVENT_ID)).isEqualTo(value.get("eventId").asText());
                assertThat(header(record, EVENT_TYPE)).isEqualTo(value.get("type").asText());
                assertThat(header(record, EVENT_REVISION)).as("the event class's own revision")
                        .isEqualTo(StoredEvents.types().stream().filter(type -> type.getSimpleName().equals(value.get("type").asText()))
                                .findFirst().orElseThrow().getAnnotation(Revision.class).value());
                assertThat(value.at("/metaData/userId").asText()).isEqualTo("dr.stream");
                assertThat(value.get("payload").isObject()).isTrue();
                assertThat(record.value()).doesNotContain("patientPseudonym", "birthYear", "justification", "painOrigin");
                if (value.get("type").asText().equals("CaseRegistered")) {
                    assertThat(value.at("/payload/registration/ageAtReferral").isTextual()).isTrue();
                    assertThat(value.at("/payload/registration/referralDate/daysSinceReferral").asInt()).isZero();
                }
                long sequence = value.get("sequence").asLong();
                assertThat(sequence).as("order of case %s", record.key()).isGreaterThan(lastSequence.getOrDefault(record.key(), -1L));
                lastSequence.put(record.key(), sequence);
            }
            assertThat(lastSequence).hasSize(15);
        }
    }
}
