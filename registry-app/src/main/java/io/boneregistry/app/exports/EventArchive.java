package io.boneregistry.app.exports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boneregistry.app.registeredcases.RegisteredCases;
import io.boneregistry.app.envelope.EventDeidentifier;
import io.boneregistry.app.envelope.EventEnvelope;
import io.boneregistry.outcomes.export.Deidentification;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * The event store as NDJSON for archiving: every event in global order, each line its envelope
 * with the store's position first, so a reader that stopped can ask again from the last position
 * it kept. Read in batches straight from the store, so memory stays flat at any size. A page ends
 * before a fresh gap in the positions (a transaction may still be committing the missing event), so
 * resuming never skips it; a gap older than {@link #GAP_SETTLED} is a rolled-back write and is passed.
 */
@Component
class EventArchive {

    static final Duration GAP_SETTLED = Duration.ofSeconds(10);

    private final EventStorageEngine storage;
    private final ObjectMapper json;
    private final RegisteredCases cases;

    EventArchive(EventStorageEngine storage, ObjectMapper json, RegisteredCases cases) {
        this.storage = storage;
        this.json = json;
        this.cases = cases;
    }

    /**
     * Writes the events after {@code after} (-1: from the first), at most {@code limit} of them (null: all there are now),
     * de-identified unless {@code deidentification} is null.
     */
    void write(long after, Long limit, Deidentification deidentification, Writer out) {
        EventDeidentifier deidentifier = deidentification == null ? null : EventDeidentifier.forExport(json, deidentification);
        GapAwareTrackingToken start = after < 0 ? null : GapAwareTrackingToken.newInstance(after, Collections.emptySortedSet());
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(start, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            long previous = after;
            Instant settled = Instant.now().minus(GAP_SETTLED);
            for (long written = 0; iterator.hasNext() && (limit == null || written < limit); written++) {
                TrackedEventMessage<?> event = iterator.next();
                long position = event.trackingToken().position().orElseThrow();
                if (previous >= 0 && position > previous + 1 && event.getTimestamp().isAfter(settled)) break;
                previous = position;
                if (!(event instanceof DomainEventMessage<?> domain)) continue;
                ObjectNode line = json.createObjectNode();
                line.put("position", position);
                line.setAll(deidentifier == null ? EventEnvelope.of(json, domain) : deidentifier.envelope(domain, cases.of(domain).referralDate()));
                out.write(json.writeValueAsString(line));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("event archive interrupted", e);
        }
    }
}
