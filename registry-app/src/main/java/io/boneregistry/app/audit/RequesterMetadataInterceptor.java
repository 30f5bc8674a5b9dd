package io.boneregistry.app.audit;

import io.boneregistry.api.access.AccessMetadata;
import io.boneregistry.api.audit.AuditMetadata;
import io.boneregistry.app.security.Requester;
import io.boneregistry.app.security.Requesters;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps each command with who sent it: the authenticated requester's user id, role, centre (when
 * they have exactly one) and the centres they write for, replacing anything the command claimed
 * of itself. Every event the command causes carries the audit part; the case checks the rest. A
 * command sent by the registry itself, outside any request (the demo loader), keeps what its sender
 * stamped; without a stamp it is refused by the case.
 */
@Component
public class RequesterMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private static final List<String> STAMPED = List.of(AuditMetadata.USER_ID, AuditMetadata.USER_NAME, AuditMetadata.ROLE, AuditMetadata.CENTRE_ID,
            AccessMetadata.WRITES_FOR);

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        Map<String, Object> requester = Requesters.current().map(RequesterMetadataInterceptor::stamp).orElse(null);
        return (index, command) -> requester == null ? command : command.withMetaData(stamped(command, requester));
    }

    private static Map<String, Object> stamped(CommandMessage<?> command, Map<String, Object> requester) {
        Map<String, Object> metaData = new HashMap<>(command.getMetaData());
        STAMPED.forEach(metaData::remove);
        metaData.putAll(requester);
        return metaData;
    }

    private static Map<String, Object> stamp(Requester requester) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(AuditMetadata.USER_ID, requester.userId());
        metaData.put(AuditMetadata.USER_NAME, requester.displayName());
        metaData.put(AuditMetadata.ROLE, requester.role().name());
        if (requester.homeCentre() != null) metaData.put(AuditMetadata.CENTRE_ID, requester.homeCentre());
        metaData.put(AccessMetadata.WRITES_FOR, List.copyOf(requester.writesFor()));
        return metaData;
    }
}
