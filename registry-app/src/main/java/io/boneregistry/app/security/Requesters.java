package io.boneregistry.app.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The authenticated requester of the current request, whichever way they logged in. */
public final class Requesters {

    private Requesters() {
    }

    public static Optional<Requester> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) return Optional.empty();
        if (authentication.getPrincipal() instanceof LocalAccount account) return Optional.of(account.requester());
        if (authentication.getPrincipal() instanceof Requester requester) return Optional.of(requester);
        return Optional.empty();
    }

    /** For request handlers behind authentication: there always is one. */
    public static Requester required() {
        return current().orElseThrow(() -> new IllegalStateException("no authenticated requester"));
    }
}
