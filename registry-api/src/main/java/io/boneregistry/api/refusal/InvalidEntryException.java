package io.boneregistry.api.refusal;

/** An entry that is impossible in itself or against the case's own record; nothing is stored. */
public class InvalidEntryException extends RuntimeException {

    private final String field;

    public InvalidEntryException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
