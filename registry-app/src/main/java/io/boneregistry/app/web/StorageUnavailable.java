package io.boneregistry.app.web;

import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * A failure that is the database's, not the request's nor the registry's: it cannot be reached
 * (a connection refused or lost, the pool waiting in vain) or it cannot write to its disk. The
 * request stored nothing (its transaction did not commit) and may be sent again once the database is
 * back, so it is answered 503 with Retry-After rather than 500.
 */
enum StorageUnavailable {
    UNREACHABLE("the registry's database cannot be reached; nothing was stored; send the request again in a moment"),
    FULL("the registry's database could not write to its disk (no room left?); nothing was stored; send the request again once there is room");

    /** SQLSTATE classes: 08 connection exception; 53 insufficient resources (PostgreSQL's disk full is 53100); 57P0x the server shutting down. */
    private static final String CONNECTION = "08";
    private static final String RESOURCES = "53";
    private static final String SHUTTING_DOWN = "57P0";
    /** H2: a file could not be written (90028, IO_EXCEPTION_2) and the store closed after a write failed (90098, 90121). */
    private static final int[] H2_WRITE_FAILED = {90028, 90098, 90121};
    /** H2's store failing to write its file, found by name so that the registry does not depend on H2 beyond its JDBC driver. */
    private static final String H2_STORE_FAILURE = "org.h2.mvstore.MVStoreException";
    /** What HikariCP says, with no SQLSTATE, of a pooled connection the database dropped under a statement. */
    private static final String POOLED_CONNECTION_CLOSED = "Connection is closed";

    final String detail;

    StorageUnavailable(String detail) {
        this.detail = detail;
    }

    /**
     * A file the database could not write anywhere in the chain (the disk full, as the operating system
     * or H2's store says it) says more than the closed store or connection it caused, so it is looked
     * for first.
     */
    static Optional<StorageUnavailable> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            boolean storeCouldNotWrite = H2_STORE_FAILURE.equals(cause.getClass().getName()) && message.startsWith("Writing to")
                    || message.contains(H2_STORE_FAILURE + ": Writing to");
            if (message.contains("No space left on device") || storeCouldNotWrite) {
                return Optional.of(FULL);
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException) {
                return Optional.of(UNREACHABLE);
            }
            if (cause instanceof SQLException sql) {
                Optional<StorageUnavailable> kind = of(sql);
                if (kind.isPresent()) return kind;
            }
        }
        return Optional.empty();
    }

    private static Optional<StorageUnavailable> of(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith(CONNECTION) || state.startsWith(SHUTTING_DOWN) || POOLED_CONNECTION_CLOSED.equals(sql.getMessage())) {
            return Optional.of(UNREACHABLE);
        }
        if (state.startsWith(RESOURCES)) return Optional.of(FULL);
        for (int code : H2_WRITE_FAILED) {
            if (sql.getErrorCode() == code) return Optional.of(UNREACHABLE);
        }
        return Optional.empty();
    }
}
