package io.boneregistry.app.stream;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StreamSettingsTest {

    @Test
    void clientSettingsPassThroughButNotOverTheStreamsGuarantees() {
        StreamProperties properties = new StreamProperties("broker:9093", null, null, null, null, Map.of(
                "security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512", "ssl.truststore.location", "/etc/registry/truststore.p12",
                "acks", "1", "enable.idempotence", "false"), false);

        Map<String, Object> settings = EventStreamConfiguration.producerSettings(properties);

        assertThat(settings).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/registry/truststore.p12")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all").containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9093");
    }
}
