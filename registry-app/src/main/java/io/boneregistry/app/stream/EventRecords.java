package io.boneregistry.app.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.app.registeredcases.RegisteredCases;
import io.boneregistry.app.envelope.EventDeidentifier;
import io.boneregistry.app.envelope.EventEnvelope;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;

import java.nio.charset.StandardCharsets;

/**
 * One event as the topic carries it: keyed by case id (so a case's events keep their order in
 * one partition), the value the event's {@link EventEnvelope}, de-identified unless the stream was
 * configured identified, and the event id, type and revision also as headers so consumers can route
 * and de-duplicate without parsing.
 */
class EventRecords {

    static final String EVENT_ID = "eventId";
    static final String EVENT_TYPE = "eventType";
    static final String EVENT_REVISION = "eventRevision";

    private final ObjectMapper json;
    private final String topic;
    private final EventDeidentifier deidentifier;
    private final RegisteredCases cases;

    /** {@code deidentifier} null: events as stored. */
    EventRecords(ObjectMapper json, String topic, EventDeidentifier deidentifier, RegisteredCases cases) {
        this.json = json;
        this.topic = topic;
        this.deidentifier = deidentifier;
        this.cases = cases;
    }

    ProducerRecord<String, String> of(DomainEventMessage<?> event) {
        String type = EventEnvelope.type(event);
        String revision = EventEnvelope.revision(event);
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.getAggregateIdentifier(), write(deidentifier == null
                ? EventEnvelope.of(json, event) : deidentifier.envelope(event, cases.of(event).referralDate())));
        record.headers().add(EVENT_ID, event.getIdentifier().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EVENT_REVISION, revision.getBytes(StandardCharsets.UTF_8));
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
