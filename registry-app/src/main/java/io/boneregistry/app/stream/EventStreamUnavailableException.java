package io.boneregistry.app.stream;

/** The broker did not take a batch; the processor keeps its token and sends the batch again. */
public class EventStreamUnavailableException extends RuntimeException {

    public EventStreamUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
