package io.boneregistry.app.admin;

import io.boneregistry.app.security.CentreScoped;
import io.boneregistry.app.web.NotFoundException;
import io.boneregistry.projections.analysis.AnalysisDatasetProjection;
import io.boneregistry.projections.cases.CaseSummaryProjection;
import io.boneregistry.projections.conformance.ConformanceProjection;
import io.boneregistry.projections.progress.StoredTokens;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Rebuilding a projection: its processor stops, its tokens go back to the start, its reset handler
 * empties its tables, and it replays the whole event store while the rest of the registry runs.
 * With several instances, the projection must first be stopped on the others (a reset needs every
 * segment's claim).
 */
@RestController
@RequestMapping("/api/admin/projections")
@CentreScoped(CentreScoped.Scope.REGISTRY)
class ProjectionAdminController {

    static final List<String> PROJECTIONS = List.of(CaseSummaryProjection.NAME, AnalysisDatasetProjection.NAME, ConformanceProjection.NAME);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final StoredTokens storedTokens;

    ProjectionAdminController(EventProcessingConfiguration processing, EventStore eventStore, StoredTokens storedTokens) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.storedTokens = storedTokens;
    }

    @GetMapping
    List<ProjectionStatus> all() {
        return PROJECTIONS.stream().map(this::status).toList();
    }

    @GetMapping("/{name}")
    ProjectionStatus status(@PathVariable String name) {
        StreamingEventProcessor processor = processor(name);
        long head = position(eventStore.createHeadToken());
        List<StoredTokens.SegmentToken> tokens = storedTokens.of(name);
        long position = storedTokens.slowest(name).orElse(0);
        boolean caughtUp = !tokens.isEmpty() && position >= head;
        boolean replaying = tokens.stream().anyMatch(token -> token.token() instanceof ReplayToken);
        List<ProjectionStatus.Segment> segments = tokens.stream()
                .map(token -> new ProjectionStatus.Segment(token.segment(), token.owner(), token.position())).toList();
        return new ProjectionStatus(name, processor.isRunning(), replaying && !caughtUp, position, head,
                head == 0 ? 1 : Math.min(1, (double) position / head), caughtUp, segments,
                processor.processingStatus().keySet().stream().sorted().toList());
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
