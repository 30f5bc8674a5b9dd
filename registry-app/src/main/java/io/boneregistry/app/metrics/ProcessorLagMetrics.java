package io.boneregistry.app.metrics;

import io.boneregistry.projections.progress.StoredTokens;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * How far behind the event store each tracking processor is, in events, registry-wide (from the
 * stored tokens, whichever instance owns a segment): {@code registry.processor.lag} tagged with the
 * processor — each projection, and {@code kafka-stream} (the publish lag) when the stream is on.
 * Read when scraped.
 */
@Component
class ProcessorLagMetrics {

    private final MeterRegistry registry;
    private final StoredTokens tokens;
    private final EventStore events;
    private final EventProcessingConfiguration processing;

    ProcessorLagMetrics(MeterRegistry registry, StoredTokens tokens, EventStore events, EventProcessingConfiguration processing) {
        this.registry = registry;
        this.tokens = tokens;
        this.events = events;
        this.processing = processing;
    }

    /** Once Axon has started its processors, so that every one of them is known. */
    @EventListener(ApplicationReadyEvent.class)
    void registerEachProcessor() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                Gauge.builder("registry.processor.lag", () -> lag(name)).baseUnit("events")
                        .description("events in the store that the processor's slowest segment has not handled yet")
                        .tag("processor", name).register(registry);
            }
        });
    }

    private double lag(String processor) {
        OptionalLong slowest = tokens.slowest(processor);
        if (slowest.isEmpty()) return Double.NaN;
        TrackingToken head = events.createHeadToken();
        return Math.max(0, (head == null ? 0 : head.position().orElse(0)) - slowest.getAsLong());
    }
}
