package io.boneregistry.app.erasure;

import io.boneregistry.app.registeredcases.RecentCases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each case's AES key, kept in its own table outside the event store. A key is made with the first
 * personal field of its case, in the same transaction as that event; erasure destroys it for good.
 * Keys are cached, but only once their transaction has committed (a key of a rolled-back
 * transaction must never seal anything), and for a minute at most, so an erasure made on another
 * instance is honoured here within that minute.
 */
@Component
class CaseKeys {

    static final Duration CACHED_FOR = Duration.ofMinutes(1);
    private static final int KEPT = 10_000;
    private static final String ALGORITHM = "AES";

    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = Collections.synchronizedMap(new RecentCases<>(KEPT));

    CaseKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The key to seal a case's personal fields with, made if the case has none; empty once erased. */
    Optional<SecretKey> forSealing(String caseId) {
        Optional<Optional<SecretKey>> known = lookUp(caseId);
        if (known.isPresent()) return known.get();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        jdbc.update("INSERT INTO case_key (case_id, secret, created_at) VALUES (?, ?, ?)", caseId, secret, Timestamp.from(clock.instant()));
        SecretKey key = new SecretKeySpec(secret, ALGORITHM);
        remember(caseId, Optional.of(key));
        return Optional.of(key);
    }

    /** The key to open a case's sealed fields with; empty if it never had one or it was erased. */
    Optional<SecretKey> forOpening(String caseId) {
        return lookUp(caseId).orElse(Optional.empty());
    }

    /** Destroys the case's key; returns false if it had already been. */
    boolean destroy(String caseId) {
        cache.remove(caseId);
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("UPDATE case_key SET secret = NULL, erased_at = ? WHERE case_id = ? AND erased_at IS NULL", now, caseId);
        if (updated == 0 && lookUp(caseId).isEmpty()) {
            jdbc.update("INSERT INTO case_key (case_id, secret, created_at, erased_at) VALUES (?, NULL, ?, ?)", caseId, now, now);
            updated = 1;
        }
        afterCommit(() -> cache.remove(caseId));
        return updated == 1;
    }

    /** Empty: no row. Present and empty: erased. Present with a key: the key. */
    private Optional<Optional<SecretKey>> lookUp(String caseId) {
        Cached cached = cache.get(caseId);
        if (cached != null && cached.until().isAfter(clock.instant())) return Optional.of(cached.key());
        List<Optional<SecretKey>> rows = jdbc.query("SELECT secret FROM case_key WHERE case_id = ?",
                (rs, row) -> Optional.ofNullable(rs.getBytes(1)).map(secret -> new SecretKeySpec(secret, ALGORITHM)), caseId);
        if (rows.isEmpty()) return Optional.empty();
        remember(caseId, rows.get(0));
        return Optional.of(rows.get(0));
    }

    private void remember(String caseId, Optional<SecretKey> key) {
        afterCommit(() -> cache.put(caseId, new Cached(key, clock.instant().plus(CACHED_FOR))));
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private record Cached(Optional<SecretKey> key, Instant until) {
    }
}
