package io.boneregistry.app.stream;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Forwards every event to the Kafka topic. Records are sent as a batch is handled and the batch
 * commits (so its token advances) only once the broker has acknowledged every one of them; if the
 * broker does not, the batch fails and is sent again later. A broker outage delays the stream,
 * never loses from it; a consumer may see an event twice (after a failed batch) and drops it by
 * event id.
 */
@ProcessingGroup(KafkaEventStream.NAME)
public class KafkaEventStream {

    public static final String NAME = "kafka-stream";
    private static final String BATCH = KafkaEventStream.class.getName() + ".batch";

    private final EventRecords records;
    private final Supplier<Producer<String, String>> newProducer;
    private final int ackTimeoutSeconds;
    private Producer<String, String> producer;

    KafkaEventStream(EventRecords records, Supplier<Producer<String, String>> newProducer, int ackTimeoutSeconds) {
        this.records = records;
        this.newProducer = newProducer;
        this.ackTimeoutSeconds = ackTimeoutSeconds;
    }

    /**
     * The records of one batch, all sent through the producer current when the batch began. A send
     * that fails at once (no broker metadata) ends the batch there rather than after every event.
     */
    private record Batch(Producer<String, String> producer, List<Future<RecordMetadata>> acks) {
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event) {
        Batch batch = batch();
        try {
            Future<RecordMetadata> ack = batch.producer().send(records.of(event));
            if (ack.isDone()) ack.get();
            batch.acks().add(ack);
        } catch (Exception e) {
            discard(batch.producer());
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            throw new EventStreamUnavailableException("Kafka refused an event: " + e.getMessage(), e);
        }
    }

    private Batch batch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(BATCH, key -> {
            Batch batch = new Batch(producer(), new ArrayList<>());
            unitOfWork.onPrepareCommit(committing -> awaitAcks(batch));
            return batch;
        });
    }

    private void awaitAcks(Batch batch) {
        try {
            for (Future<RecordMetadata> ack : batch.acks()) {
                ack.get(ackTimeoutSeconds, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            discard(batch.producer());
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            throw new EventStreamUnavailableException("Kafka did not acknowledge the batch: " + e.getMessage(), e);
        }
    }

    /**
     * A producer that failed may be unusable (an idempotent producer's sequence is lost, and a
     * returning broker may be a new cluster): the next batch starts a fresh one. Only the failed
     * producer is closed, never one that other segments have since begun to use.
     */
    private synchronized void discard(Producer<String, String> failed) {
        if (producer == failed && producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) producer = newProducer.get();
        return producer;
    }

    synchronized void close() {
        discard(producer);
    }
}
