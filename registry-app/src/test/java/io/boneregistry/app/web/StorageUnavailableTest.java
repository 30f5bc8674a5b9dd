package io.boneregistry.app.web;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.io.IOException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are the database's (503 with Retry-After) and which are not (a client's mistake, or a 500). */
class StorageUnavailableTest {

    @Test
    void aDatabaseOutOfReachIsUnreachable() {
        assertThat(StorageUnavailable.of(new RuntimeException(new SQLException("I/O error", "08006")))).contains(StorageUnavailable.UNREACHABLE);
        assertThat(StorageUnavailable.of(new CannotGetJdbcConnectionException("pool timed out"))).contains(StorageUnavailable.UNREACHABLE);
        assertThat(StorageUnavailable.of(new IllegalStateException(new SQLException("Connection is closed")))).contains(StorageUnavailable.UNREACHABLE);
        assertThat(StorageUnavailable.of(new SQLException("terminating connection due to administrator command", "57P01")))
                .contains(StorageUnavailable.UNREACHABLE);
    }

    @Test
    void aDiskWithNoRoomIsFull() {
        assertThat(StorageUnavailable.of(new SQLException("could not extend file", "53100"))).contains(StorageUnavailable.FULL);
        assertThat(StorageUnavailable.of(new RuntimeException(new IOException("No space left on device")))).contains(StorageUnavailable.FULL);
    }

    @Test
    void aConstraintOrAnythingElseIsNotTheDatabasesBeingAway() {
        assertThat(StorageUnavailable.of(new SQLException("duplicate key", "23505"))).isEmpty();
        assertThat(StorageUnavailable.of(new IllegalStateException("a bug"))).isEmpty();
    }
}
