package io.boneregistry.api.refusal;

/**
 * An entry that does not fit where the case stands: out of pathway order, on a closed case, or a
 * client id reused with different content. Nothing is stored.
 */
public class PathwayConflictException extends RuntimeException {

    public PathwayConflictException(String message) {
        super(message);
    }

    public static PathwayConflictException outOfOrder(String entry, String needed) {
        return new PathwayConflictException(entry + " needs " + needed + " first");
    }

    public static PathwayConflictException closed() {
        return new PathwayConflictException("the case is closed: nothing more can be recorded on it");
    }

    public static PathwayConflictException enteredInError() {
        return new PathwayConflictException("the case was entered in error: nothing more can be recorded on it");
    }

    public static PathwayConflictException entryEnteredInError(String entry) {
        return new PathwayConflictException(entry + " was entered in error; record it again under a new id");
    }

    public static PathwayConflictException alreadyRecorded(String entry) {
        return new PathwayConflictException(entry + " is already recorded with other content; amend it instead");
    }

    public static PathwayConflictException idReused(String what, String id) {
        return new PathwayConflictException(what + " id " + id + " is already used with other content");
    }
}
