package io.boneregistry.app.admin;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;

import java.time.Instant;

/**
 * One parked event as a registry manager sees it: the projection, the case and the event's place in
 * it, its type, when it was parked and last tried, and why it failed. Never its content.
 */
record DeadLetterView(String projection, String caseId, Long sequence, String eventId, String type, Instant enqueuedAt,
                      Instant lastTouched, String causeType, String causeMessage) {

    static DeadLetterView of(String projection, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        return new DeadLetterView(projection, domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), event.getIdentifier(), event.getPayloadType().getSimpleName(),
                letter.enqueuedAt(), letter.lastTouched(), letter.cause().map(cause -> cause.type()).orElse(null),
                letter.cause().map(cause -> cause.message()).orElse(null));
    }
}
