package io.boneregistry.app.security;

import io.boneregistry.app.registeredcases.RecentCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Failed logins, counted per user and address and per address alone: after {@link #PER_USER_AND_ADDRESS}
 * failures a user cannot log in from that address for {@link #LOCK}, and after {@link #PER_ADDRESS}
 * failures (whatever the user names) nobody can from it, so that neither guessing passwords nor making
 * the registry compute bcrypt hashes pays. Asked before any hash is computed; a success clears its
 * pair. Held in memory, bounded, per instance (each instance of a scaled registry counts its own).
 */
public class LoginThrottle {

    static final int PER_USER_AND_ADDRESS = 10;
    static final int PER_ADDRESS = 50;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final int KEPT = 100_000;
    private static final Logger log = LoggerFactory.getLogger("io.boneregistry.security.refusals");

    private final Clock clock;
    private final Map<String, Failures> failures = new RecentCases<>(KEPT);

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Until when logins of this user from this address are refused, if they are now. */
    public synchronized Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        return Optional.ofNullable(lockOf(pair(username, address), now)).or(() -> Optional.ofNullable(lockOf(address(address), now)));
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        count(pair(username, address), PER_USER_AND_ADDRESS, now, "user " + username + " from " + address);
        count(address(address), PER_ADDRESS, now, "every user from " + address);
    }

    public synchronized void succeeded(String username, String address) {
        failures.remove(pair(username, address));
    }

    private void count(String key, int limit, Instant now, String who) {
        Failures before = failures.get(key);
        Failures after = before == null || before.expired(now) ? new Failures(1, now, null) : before.plusOne();
        if (after.count() >= limit && after.lockedUntil() == null) {
            after = new Failures(after.count(), after.since(), now.plus(LOCK));
            log.warn("logins locked for {} until {} after {} failed attempts", who, after.lockedUntil(), after.count());
        }
        failures.put(key, after);
    }

    private Instant lockOf(String key, Instant now) {
        Failures known = failures.get(key);
        return known != null && known.lockedUntil() != null && known.lockedUntil().isAfter(now) ? known.lockedUntil() : null;
    }

    private static String pair(String username, String address) {
        return "user:" + String.valueOf(username).toLowerCase(Locale.ROOT) + "@" + address;
    }

    private static String address(String address) {
        return "address:" + address;
    }

    /** Failures since {@code since}; counting starts afresh once a lock has passed or {@link #LOCK} went by without one. */
    private record Failures(int count, Instant since, Instant lockedUntil) {

        Failures plusOne() {
            return new Failures(count + 1, since, lockedUntil);
        }

        boolean expired(Instant now) {
            return lockedUntil != null ? !lockedUntil.isAfter(now) : since.plus(LOCK).isBefore(now);
        }
    }
}
