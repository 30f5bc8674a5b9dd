package io.boneregistry.app.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Instant;

/** A login refused before its password was looked at, because too many failed before it ({@link LoginThrottle}). */
class LoginThrottledException extends AuthenticationException {

    private final Instant until;

    LoginThrottledException(Instant until) {
        super("too many failed logins; try again after " + until);
        this.until = until;
    }

    Instant until() {
        return until;
    }
}
