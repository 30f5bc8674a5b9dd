package io.boneregistry.app.stream;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * Where the event stream goes: set {@code registry.kafka.bootstrap-servers} to switch it on.
 * {@code ackTimeoutSeconds} bounds how long a batch waits for the broker before it is retried.
 * {@code properties} pass through to the Kafka producer and admin client (TLS, SASL, client id…),
 * except the settings that keep the stream lossless and ordered. {@code identified} sends events
 * as stored (pseudonym, birth year, free text, dates) instead of de-identified.
 */
@ConfigurationProperties("registry.kafka")
public record StreamProperties(String bootstrapServers, String topic, Integer partitions, Short replicationFactor,
                               Integer ackTimeoutSeconds, Map<String, String> properties, boolean identified) {

    public StreamProperties {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        topic = topic == null ? "bone-registry.events" : topic;
        partitions = partitions == null ? 6 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        ackTimeoutSeconds = ackTimeoutSeconds == null ? 30 : ackTimeoutSeconds;
    }
}
