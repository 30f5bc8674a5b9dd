package io.boneregistry.api.access;

/**
 * What a command carries about who may write with it, beside the audit keys (AuditMetadata.ROLE):
 * the centres its sender writes cases for. Stamped from the authenticated requester when the command
 * is sent, checked by the case itself, and never copied onto events.
 */
public final class AccessMetadata {

    /** The centres the sender writes cases for, a list of centre ids (empty: none). */
    public static final String WRITES_FOR = "writesFor";

    private AccessMetadata() {
    }
}
