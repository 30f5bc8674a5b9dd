package io.boneregistry.api.audit;

import java.util.List;

/** The metadata keys every event carries: who, in which role and centre, and in which request. */
public final class AuditMetadata {

    /** Who, stably: a local account's name, or a provider's issuer and subject ({@code issuer#sub}). */
    public static final String USER_ID = "userId";
    /** Who, for people to read: the account's name, or the provider's {@code preferred_username}. */
    public static final String USER_NAME = "userName";
    public static final String ROLE = "role";
    public static final String CENTRE_ID = "centreId";
    public static final String CORRELATION_ID = "correlationId";

    /**
     * The keys copied from each command onto the events it causes. An amendment's reason is not
     * among them: it is free text, so it stays in the payload (see AmendmentRecorded).
     */
    public static final List<String> PROPAGATED = List.of(USER_ID, USER_NAME, ROLE, CENTRE_ID);

    private AuditMetadata() {
    }
}
