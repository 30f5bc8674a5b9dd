package io.boneregistry.app.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.app.envelope.EventDeidentifier;
import io.boneregistry.app.registeredcases.RegisteredCases;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Kafka event stream, on when {@code registry.kafka.bootstrap-servers} is set: an idempotent
 * producer waiting for all in-sync replicas (with whatever client settings {@code registry.kafka.properties.*} add), and a handler whose failures fail the batch (so the
 * token stays put) rather than being logged and skipped.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "registry.kafka.bootstrap-servers")
@EnableConfigurationProperties(StreamProperties.class)
class EventStreamConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EventStreamConfiguration.class);

    @Bean(destroyMethod = "close")
    KafkaEventStream kafkaEventStream(StreamProperties properties, ObjectMapper json, RegisteredCases cases) {
        createTopic(properties);
        if (properties.identified()) {
            log.warn("the Kafka stream {} is IDENTIFIED (registry.kafka.identified=true): pseudonyms, birth years, free text and "
                    + "dates leave the registry as stored", properties.topic());
        } else {
            log.info("the Kafka stream {} is de-identified: no pseudonym, birth year or free text; dates as days since referral",
                    properties.topic());
        }
        EventDeidentifier deidentifier = properties.identified() ? null : EventDeidentifier.forStream(json);
        return new KafkaEventStream(new EventRecords(json, properties.topic(), deidentifier, cases),
                () -> producer(properties), properties.ackTimeoutSeconds());
    }

    @Bean
    ConfigurerModule eventStreamFailsItsBatch() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(KafkaEventStream.NAME, config -> PropagatingErrorHandler.instance());
    }

    /** The configured client settings (TLS, SASL…), then the ones the stream's guarantees rest on, which cannot be overridden. */
    static Map<String, Object> producerSettings(StreamProperties properties) {
        int timeoutMs = properties.ackTimeoutSeconds() * 1000;
        Map<String, Object> settings = new HashMap<>(properties.properties());
        settings.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 10_000),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeoutMs, 15_000),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeoutMs, 5_000),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        return settings;
    }

    private static KafkaProducer<String, String> producer(StreamProperties properties) {
        return new KafkaProducer<>(producerSettings(properties));
    }

    /** Best effort: a broker down at start-up only delays the stream (the broker may create the topic itself). */
    private static void createTopic(StreamProperties properties) {
        Map<String, Object> settings = new HashMap<>(properties.properties());
        settings.keySet().retainAll(AdminClientConfig.configNames());
        settings.putAll(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000));
        try (Admin admin = Admin.create(settings)) {
            admin.createTopics(List.of(new NewTopic(properties.topic(), properties.partitions(), properties.replicationFactor())))
                    .all().get(10, TimeUnit.SECONDS);
            log.info("created topic {}", properties.topic());
        } catch (Exception e) {
            if (e.getCause() instanceof TopicExistsException) return;
            log.warn("topic {} not created now ({}); the stream waits for the broker", properties.topic(), e.getMessage());
        }
    }
}
