package io.boneregistry.app.scale;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A projection for the scale-out test only: it counts how often each event reaches it and on which
 * instance, so "exactly once, shared between instances" can be checked rather than assumed.
 */
@Component
@Profile("exactly-once-probe")
@ProcessingGroup(ExactlyOnceProbe.NAME)
class ExactlyOnceProbe {

    static final String NAME = "exactly-once-probe";
    static final String TABLE = "CREATE TABLE probe_handled (event_id VARCHAR(255) PRIMARY KEY, handled INT NOT NULL, instance_id VARCHAR(64) NOT NULL)";

    private final JdbcTemplate jdbc;
    private final InstanceIdentity identity;

    ExactlyOnceProbe(JdbcTemplate jdbc, InstanceIdentity identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        if (jdbc.update("UPDATE probe_handled SET handled = handled + 1 WHERE event_id = ?", message.getIdentifier()) == 0) {
            jdbc.update("INSERT INTO probe_handled (event_id, handled, instance_id) VALUES (?, 1, ?)",
                    message.getIdentifier(), identity.instanceId());
        }
    }
}
