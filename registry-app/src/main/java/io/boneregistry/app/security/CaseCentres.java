package io.boneregistry.app.security;

import io.boneregistry.api.registration.CaseRegistered;
import io.boneregistry.app.events.RecentCases;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/**
 * The centre a case belongs to, read from its registration in the event store, so a case written a
 * moment ago is already in scope (a read model might not have it yet). A case never changes centre,
 * so the answers of the most recently asked cases are kept.
 */
@Component
class CaseCentres {

    private static final int KEPT = 10_000;

    private final EventStorageEngine storage;
    private final Map<String, String> centres = Collections.synchronizedMap(new RecentCases<>(KEPT));

    CaseCentres(EventStorageEngine storage) {
        this.storage = storage;
    }

    Optional<String> centreOf(String caseId) {
        String known = centres.get(caseId);
        if (known != null) return Optional.of(known);
        DomainEventStream events = storage.readEvents(caseId);
        if (!events.hasNext() || !(events.next().getPayload() instanceof CaseRegistered registered)) return Optional.empty();
        String centre = registered.registration().centreId();
        centres.put(caseId, centre);
        return Optional.of(centre);
    }
}
