package io.boneregistry.app.registeredcases;

import io.boneregistry.api.registration.CaseRegistered;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/**
 * What a case's registration says that never changes and is about no one: its centre (for scope)
 * and its referral date (day 0 of de-identified dates). Read from the event store, so a case written
 * a moment ago is already known (a read model might not have it yet); the most recently asked cases
 * are kept. Nothing personal is kept, so an erasure leaves nothing behind here.
 */
@Component
public class RegisteredCases {

    private static final int KEPT = 10_000;

    /** A case's centre and referral date. */
    public record RegisteredCase(String centreId, LocalDate referralDate) {
    }

    private final EventStorageEngine storage;
    private final Map<String, RegisteredCase> recent = Collections.synchronizedMap(new RecentCases<>(KEPT));

    RegisteredCases(EventStorageEngine storage) {
        this.storage = storage;
    }

    /** The case, if it was registered. */
    public Optional<RegisteredCase> of(String caseId) {
        RegisteredCase known = recent.get(caseId);
        if (known != null) return Optional.of(known);
        DomainEventStream stream = storage.readEvents(caseId);
        if (!stream.hasNext() || !(stream.next().getPayload() instanceof CaseRegistered registered)) return Optional.empty();
        return Optional.of(remember(registered));
    }

    /** The case of an event: from the event itself when it is the registration (a reader may be ahead of the store's cache). */
    public RegisteredCase of(DomainEventMessage<?> event) {
        if (event.getPayload() instanceof CaseRegistered registered) return remember(registered);
        return of(event.getAggregateIdentifier())
                .orElseThrow(() -> new IllegalStateException("case " + event.getAggregateIdentifier() + " does not start with its registration"));
    }

    private RegisteredCase remember(CaseRegistered registered) {
        RegisteredCase registeredCase = new RegisteredCase(registered.registration().centreId(), registered.registration().referralDate());
        recent.put(registered.caseId(), registeredCase);
        return registeredCase;
    }
}
