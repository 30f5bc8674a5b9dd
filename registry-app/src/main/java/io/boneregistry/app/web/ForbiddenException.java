package io.boneregistry.app.web;

/** A request the sender's role may not make (403), naming what it asked for. */
public class ForbiddenException extends RuntimeException {

    private final String field;

    public ForbiddenException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
