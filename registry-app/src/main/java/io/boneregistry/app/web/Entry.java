package io.boneregistry.app.web;

import java.util.UUID;

/** A write's body: the validated content of the entry, and its envelope. */
public record Entry<T>(T content, String clientId, String justification, String reasonForChange) {

    /** The client's id for the entry, or a new one. */
    public String id() {
        return clientId != null ? clientId : UUID.randomUUID().toString();
    }
}
