package io.boneregistry.app.stream;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the event stream goes: set {@code registry.kafka.bootstrap-servers} to switch it on.
 * {@code ackTimeoutSeconds} bounds how long a batch waits for the broker before it is retried.
 */
@ConfigurationProperties("registry.kafka")
public record StreamProperties(String bootstrapServers, String topic, Integer partitions, Short replicationFactor,
                               Integer ackTimeoutSeconds) {

    public StreamProperties {
        topic = topic == null ? "bone-registry.events" : topic;
        partitions = partitions == null ? 6 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        ackTimeoutSeconds = ackTimeoutSeconds == null ? 30 : ackTimeoutSeconds;
    }
}
