package io.boneregistry.projections.history;

import io.boneregistry.api.audit.AmendmentRecorded;
import io.boneregistry.api.audit.AuditMetadata;
import io.boneregistry.api.cases.CaseHistory;
import io.boneregistry.api.cases.FindCaseHistory;
import io.boneregistry.api.cases.HistoryEntry;
import io.boneregistry.api.registration.CaseRegistered;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Revision;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * A case's audit trail is its event stream: read straight from the event store, so it can never
 * lag or differ from the record.
 */
@Component
public class CaseHistoryQueryHandler {

    private final EventStore eventStore;

    public CaseHistoryQueryHandler(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** A case outside the query's scope is not found: its registration, the first event, names its centre. */
    @QueryHandler
    public Optional<CaseHistory> handle(FindCaseHistory query) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(query.caseId()).asStream().toList();
        if (events.isEmpty() || !(events.get(0).getPayload() instanceof CaseRegistered registered)
                || !query.scope().includes(registered.registration().centreId())) {
            return Optional.empty();
        }
        return Optional.of(new CaseHistory(query.caseId(), events.stream().map(this::entry).toList()));
    }

    private HistoryEntry entry(DomainEventMessage<?> event) {
        MetaData metaData = event.getMetaData();
        Revision revision = event.getPayloadType().getAnnotation(Revision.class);
        return new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                revision == null ? null : revision.value(), event.getTimestamp(),
                text(metaData, AuditMetadata.USER_ID), text(metaData, AuditMetadata.USER_NAME), text(metaData, AuditMetadata.ROLE),
                text(metaData, AuditMetadata.CENTRE_ID),
                event.getPayload() instanceof AmendmentRecorded amendment ? amendment.reasonForChange() : null,
                text(metaData, AuditMetadata.CORRELATION_ID), event.getPayload());
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
