package io.boneregistry.app.audit;

import io.boneregistry.api.audit.AuditMetadata;
import io.boneregistry.app.security.Requester;
import io.boneregistry.app.security.Requesters;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Stamps each command with who sent it, so every event it causes carries it: the authenticated
 * requester's user id, role and (when they have exactly one) centre, never anything the request
 * body or headers claim. What a server-side sender (the demo loader) already stamped is kept.
 */
@Component
public class RequesterMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    static final String SYSTEM = "system";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        Map<String, Object> requester = requester();
        return (index, command) -> {
            Map<String, Object> metaData = new HashMap<>(requester);
            metaData.putAll(command.getMetaData());
            return command.andMetaData(metaData);
        };
    }

    private static Map<String, Object> requester() {
        Map<String, Object> metaData = new HashMap<>();
        Optional<Requester> requester = Requesters.current();
        metaData.put(AuditMetadata.USER_ID, requester.map(Requester::userId).orElse(SYSTEM));
        metaData.put(AuditMetadata.ROLE, requester.map(r -> r.role().name()).orElse(SYSTEM));
        requester.map(Requester::homeCentre).ifPresent(centre -> metaData.put(AuditMetadata.CENTRE_ID, centre));
        return metaData;
    }
}
