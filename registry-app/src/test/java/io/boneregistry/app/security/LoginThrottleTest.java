package io.boneregistry.app.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void tenFailuresLockThatUserFromThatAddressForFifteenMinutes() {
        fail("dr.rossi", "10.0.0.1", 9);
        assertThat(throttle.lockedUntil("dr.rossi", "10.0.0.1")).isEmpty();

        fail("dr.rossi", "10.0.0.1", 1);

        assertThat(throttle.lockedUntil("dr.rossi", "10.0.0.1")).isPresent();
        assertThat(throttle.lockedUntil("DR.ROSSI", "10.0.0.1")).as("the user's name in any case").isPresent();
        assertThat(throttle.lockedUntil("dr.rossi", "10.0.0.2")).as("another address").isEmpty();
        assertThat(throttle.lockedUntil("dr.bianchi", "10.0.0.1")).as("another user").isEmpty();
        clock.pass(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.lockedUntil("dr.rossi", "10.0.0.1")).isEmpty();
    }

    @Test
    void fiftyFailuresFromOneAddressLockEveryUserFromIt() {
        for (int user = 0; user < 50; user++) fail("guess-" + user, "10.0.0.9", 1);

        assertThat(throttle.lockedUntil("dr.rossi", "10.0.0.9")).isPresent();
        assertThat(throttle.lockedUntil("dr.rossi", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAfresh() {
        fail("dr.rossi", "10.0.0.1", 9);
        throttle.succeeded("dr.rossi", "10.0.0.1");
        fail("dr.rossi", "10.0.0.1", 9);

        assertThat(throttle.lockedUntil("dr.rossi", "10.0.0.1")).isEmpty();
    }

    @Test
    void failuresFurtherApartThanTheLockAreNotAddedUp() {
        fail("dr.rossi", "10.0.0.1", 9);
        clock.pass(Duration.ofMinutes(16));
        fail("dr.rossi", "10.0.0.1", 9);

        assertThat(throttle.lockedUntil("dr.rossi", "10.0.0.1")).isEmpty();
    }

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) throttle.failed(user, address);
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-05T10:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
