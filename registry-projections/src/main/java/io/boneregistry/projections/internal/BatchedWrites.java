package io.boneregistry.projections.internal;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The per-case documents a batch of events changed, written once as the batch commits (in its
 * transaction) instead of after every event: a rebuild reads and writes a case once per batch,
 * not once per event. Outside an event processor (unit tests) each change is written at once.
 */
public final class BatchedWrites<T> {

    /** Writes a case's document; {@code revision} is where the processor stood in the event stream. */
    public interface Writer<T> {
        void write(T document, long revision);
    }

    private record Pending<T>(T document, long revision) {
    }

    private final String resource;
    private final Function<String, Optional<T>> reader;
    private final Writer<T> writer;

    public BatchedWrites(String name, Function<String, Optional<T>> reader, Writer<T> writer) {
        this.resource = BatchedWrites.class.getName() + "/" + name;
        this.reader = reader;
        this.writer = writer;
    }

    /** The case as the batch has it so far. */
    public Optional<T> find(String caseId) {
        Pending<T> pending = CurrentUnitOfWork.isStarted() ? pending().get(caseId) : null;
        return pending != null ? Optional.of(pending.document()) : reader.apply(caseId);
    }

    public void save(String caseId, T document) {
        if (!CurrentUnitOfWork.isStarted()) {
            writer.write(document, 0);
            return;
        }
        pending().put(caseId, new Pending<>(document, EventPositions.current().orElse(0)));
    }

    /** Writes the case now, for a change made directly in the table after it. */
    public void flush(String caseId) {
        if (!CurrentUnitOfWork.isStarted()) return;
        Pending<T> pending = pending().remove(caseId);
        if (pending != null) writer.write(pending.document(), pending.revision());
    }

    private Map<String, Pending<T>> pending() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(resource, key -> {
            Map<String, Pending<T>> pending = new LinkedHashMap<>();
            batch.onPrepareCommit(unit -> {
                pending.values().forEach(p -> writer.write(p.document(), p.revision()));
                pending.clear();
            });
            return pending;
        });
    }

}
