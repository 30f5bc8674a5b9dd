package io.boneregistry.app.admin;

import io.boneregistry.app.web.NotFoundException;
import io.boneregistry.projections.analysis.AnalysisDatasetProjection;
import io.boneregistry.projections.cases.CaseSummaryProjection;
import io.boneregistry.projections.conformance.ConformanceProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Collection;
import java.util.List;

/**
 * Rebuilding a projection: its processor stops, its tokens go back to the start, its reset handler
 * empties its tables, and it replays the whole event store while the rest of the registry runs.
 */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionAdminController {

    static final List<String> PROJECTIONS = List.of(CaseSummaryProjection.NAME, AnalysisDatasetProjection.NAME, ConformanceProjection.NAME);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;

    ProjectionAdminController(EventProcessingConfiguration processing, EventStore eventStore, TokenStore tokenStore,
                              TransactionManager transactions) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
    }

    @GetMapping
    List<ProjectionStatus> all() {
        return PROJECTIONS.stream().map(this::status).toList();
    }

    @GetMapping("/{name}")
    ProjectionStatus status(@PathVariable String name) {
        StreamingEventProcessor processor = processor(name);
        // every segment claimed and read up to the head; a segment not yet claimed after a reset has no status
        long head = position(eventStore.createHeadToken());
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        boolean replaying = segments.stream().anyMatch(EventTrackerStatus::isReplaying);
        long position = segments.isEmpty() ? 0 : segments.stream().mapToLong(s -> position(s.getTrackingToken())).min().orElse(0);
        int allSegments = transactions.fetchInTransaction(() -> tokenStore.fetchSegments(name)).length;
        boolean caughtUp = segments.size() == allSegments && position >= head;
        return new ProjectionStatus(name, processor.isRunning(), replaying && !caughtUp, position, head,
                head == 0 ? 1 : Math.min(1, (double) position / head), caughtUp);
    }

    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ProjectionStatus rebuild(@PathVariable String name) {
        StreamingEventProcessor processor = processor(name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return status(name);
    }

    private StreamingEventProcessor processor(String name) {
        if (!PROJECTIONS.contains(name)) throw new NotFoundException("no projection " + name + "; there are " + PROJECTIONS);
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("projection " + name + " is not running here"));
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
