package io.boneregistry.app.envelope;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Revision;

/**
 * One event as the registry hands it outside, on the Kafka topic and in the event archive alike:
 * its id, type and revision, the case and its place in the case, the server timestamp, all
 * metadata, and the payload.
 */
public final class EventEnvelope {

    private EventEnvelope() {
    }

    public static ObjectNode of(ObjectMapper json, DomainEventMessage<?> event) {
        ObjectNode value = json.createObjectNode();
        value.put("eventId", event.getIdentifier());
        value.put("type", type(event));
        value.put("revision", revision(event));
        value.put("caseId", event.getAggregateIdentifier());
        value.put("sequence", event.getSequenceNumber());
        value.put("timestamp", event.getTimestamp().toString());
        value.set("metaData", json.valueToTree(event.getMetaData()));
        value.set("payload", json.valueToTree(event.getPayload()));
        return value;
    }

    public static String type(DomainEventMessage<?> event) {
        return event.getPayloadType().getSimpleName();
    }

    public static String revision(DomainEventMessage<?> event) {
        Revision revision = event.getPayloadType().getAnnotation(Revision.class);
        return revision == null ? "" : revision.value();
    }
}
