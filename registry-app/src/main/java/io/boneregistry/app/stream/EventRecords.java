package io.boneregistry.app.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Revision;

import java.nio.charset.StandardCharsets;

/**
 * One event as the topic carries it: keyed by case id (so a case's events keep their order in
 * one partition), the value a JSON envelope with the payload and all metadata, and the event id,
 * type and revision also as headers so consumers can route and de-duplicate without parsing.
 */
class EventRecords {

    static final String EVENT_ID = "eventId";
    static final String EVENT_TYPE = "eventType";
    static final String EVENT_REVISION = "eventRevision";

    private final ObjectMapper json;
    private final String topic;

    EventRecords(ObjectMapper json, String topic) {
        this.json = json;
        this.topic = topic;
    }

    ProducerRecord<String, String> of(DomainEventMessage<?> event) {
        String type = event.getPayloadType().getSimpleName();
        Revision revision = event.getPayloadType().getAnnotation(Revision.class);
        String revisionValue = revision == null ? "" : revision.value();
        ObjectNode value = json.createObjectNode();
        value.put("eventId", event.getIdentifier());
        value.put("type", type);
        value.put("revision", revisionValue);
        value.put("caseId", event.getAggregateIdentifier());
        value.put("sequence", event.getSequenceNumber());
        value.put("timestamp", event.getTimestamp().toString());
        value.set("metaData", json.valueToTree(event.getMetaData()));
        value.set("payload", json.valueToTree(event.getPayload()));
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.getAggregateIdentifier(), write(value));
        record.headers().add(EVENT_ID, event.getIdentifier().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EVENT_REVISION, revisionValue.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private String write(ObjectNode value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not writable as JSON", e);
        }
    }
}
