package io.boneregistry.app.erasure;

import io.boneregistry.api.erasure.PersonalDataErased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Destroys a case's key when its erasure is recorded. A subscribing handler, so it runs in the
 * transaction that stores the erasure event: either both happen or neither.
 */
@Component
@ProcessingGroup(KeyShredder.NAME)
class KeyShredder {

    static final String NAME = "case-keys";

    private final CaseKeys keys;

    KeyShredder(CaseKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(PersonalDataErased event) {
        keys.destroy(event.caseId());
    }
}
