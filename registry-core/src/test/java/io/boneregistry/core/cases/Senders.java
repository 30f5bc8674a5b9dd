package io.boneregistry.core.cases;

import io.boneregistry.api.access.AccessMetadata;
import io.boneregistry.api.access.Role;
import io.boneregistry.api.audit.AuditMetadata;
import io.boneregistry.api.erasure.ErasePersonalData;
import io.boneregistry.api.guideline.ReEvaluateGuideline;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Who sends the fixture's commands, as the registry stamps it on each: unless a test names another
 * sender, IT-BO-01's clinician for entries and the registry manager for erasures and re-evaluations.
 */
final class Senders implements MessageDispatchInterceptor<CommandMessage<?>> {

    static final Map<String, Object> BOLOGNA_CLINICIAN = sender(Role.CLINICIAN, "IT-BO-01");
    static final Map<String, Object> MILAN_CLINICIAN = sender(Role.CLINICIAN, "IT-MI-02");
    static final Map<String, Object> REGISTRY_MANAGER = sender(Role.REGISTRY_MANAGER);

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.getMetaData().containsKey(AuditMetadata.ROLE) ? command
                : command.andMetaData(command.getPayload() instanceof ErasePersonalData || command.getPayload() instanceof ReEvaluateGuideline
                ? REGISTRY_MANAGER : BOLOGNA_CLINICIAN);
    }

    private static Map<String, Object> sender(Role role, String... writesFor) {
        return Map.of(AuditMetadata.USER_ID, role.name().toLowerCase(), AuditMetadata.ROLE, role.name(),
                AccessMetadata.WRITES_FOR, List.of(writesFor));
    }
}
