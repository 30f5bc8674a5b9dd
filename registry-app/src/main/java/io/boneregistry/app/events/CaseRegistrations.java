package io.boneregistry.app.events;

import io.boneregistry.api.registration.CaseRegistered;
import io.boneregistry.api.registration.Registration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.Map;

/**
 * The registration of an event's case, which de-identifying the event needs (day 0, the age):
 * taken from the registration event as it passes, or read from the store when a reader starts mid-case.
 */
@Component
public class CaseRegistrations {

    private static final int KEPT = 10_000;

    private final EventStorageEngine storage;
    private final Map<String, Registration> recent = Collections.synchronizedMap(new RecentCases<>(KEPT));

    CaseRegistrations(EventStorageEngine storage) {
        this.storage = storage;
    }

    public Registration of(DomainEventMessage<?> event) {
        if (event.getPayload() instanceof CaseRegistered registered) {
            recent.put(registered.caseId(), registered.registration());
            return registered.registration();
        }
        Registration known = recent.get(event.getAggregateIdentifier());
        if (known != null) return known;
        Registration read = read(event.getAggregateIdentifier());
        recent.put(event.getAggregateIdentifier(), read);
        return read;
    }

    private Registration read(String caseId) {
        DomainEventStream stream = storage.readEvents(caseId);
        if (stream.hasNext() && stream.next().getPayload() instanceof CaseRegistered registered) return registered.registration();
        throw new IllegalStateException("case " + caseId + " does not start with its registration");
    }
}
