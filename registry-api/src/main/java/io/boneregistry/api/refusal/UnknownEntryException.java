package io.boneregistry.api.refusal;

/** An entry refers to an entry the case does not have (a follow-up on an unknown procedure, say). */
public class UnknownEntryException extends RuntimeException {

    public UnknownEntryException(String what, String id) {
        super(id == null ? "the case has no " + what : "the case has no " + what + " " + id);
    }
}
