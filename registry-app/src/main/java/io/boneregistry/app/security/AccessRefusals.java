package io.boneregistry.app.security;

import io.boneregistry.app.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Every refusal of access is logged (who, what, why) and answered as problem details: 401 for an
 * API call without valid credentials, 403 for one outside the requester's role or scope.
 */
public final class AccessRefusals implements AccessDeniedHandler, AuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger("io.boneregistry.security.refusals");

    /** Records a refusal decided by the registry itself (scope), before its 403 or 404 is sent. */
    public static void log(HttpServletRequest request, String why) {
        String who = Requesters.current().map(r -> r.userId() + " (" + r.role() + " " + r.centres() + ")").orElse("anonymous");
        log.warn("refused {} {} to {}: {}", request.getMethod(), request.getRequestURI(), who, why);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        log(request, "not for this role" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        write(response, HttpStatus.FORBIDDEN, "not allowed for your role");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        log(request, "not authenticated: " + e.getMessage());
        if (e instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, Duration.between(Instant.now(), throttled.until()).toSeconds())));
            write(response, HttpStatus.TOO_MANY_REQUESTS, "too many failed logins from this address; try again later");
            return;
        }
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, HttpStatus.UNAUTHORIZED, "log in, or send a bearer token (or a local account's basic credentials)");
    }

    /** A problem-details answer written before any controller. */
    static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemWriter.write(response, status, detail);
    }
}
