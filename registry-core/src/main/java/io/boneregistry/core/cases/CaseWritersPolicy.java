package io.boneregistry.core.cases;

import io.boneregistry.api.access.AccessMetadata;
import io.boneregistry.api.access.Role;
import io.boneregistry.api.audit.AuditMetadata;
import io.boneregistry.api.erasure.ErasePersonalData;
import io.boneregistry.api.guideline.ReEvaluateGuideline;
import io.boneregistry.api.refusal.OutsideScopeException;
import org.axonframework.commandhandling.CommandMessage;

import io.boneregistry.api.registration.RegisterCase;

import java.util.Collection;
import java.util.List;

/**
 * Who may write to a case, decided by the case itself on every command: a clinical entry only from
 * a sender who writes for the case's centre, an erasure or a re-evaluation only from a registry
 * manager. This is the second line behind the HTTP layer's scope, so that no routing mistake can
 * ever write across centres. The sender's role and centres travel in the command's metadata, stamped from the
 * authenticated requester; a command that carries none is refused.
 */
final class CaseWritersPolicy {

    private CaseWritersPolicy() {
    }

    /** {@code caseCentre} is the registered case's centre, or null while the case is still to be registered. */
    static void onlyWritersOfTheCaseCentre(CommandMessage<?> command, String caseId, String caseCentre) {
        if (command.getPayload() instanceof ErasePersonalData) {
            onlyARegistryManager(command, "only a registry manager erases a patient's personal data");
            return;
        }
        if (command.getPayload() instanceof ReEvaluateGuideline) {
            onlyARegistryManager(command, "only a registry manager has a case's guideline evaluation read again");
            return;
        }
        String centre = caseCentre != null ? caseCentre : registeredCentre(command);
        if (writesFor(command).contains(centre)) return;
        if (caseCentre == null) throw OutsideScopeException.notForSender("you register cases only for the centres you write for");
        throw OutsideScopeException.caseOfAnotherCentre(caseId);
    }

    private static void onlyARegistryManager(CommandMessage<?> command, String refusal) {
        if (!Role.REGISTRY_MANAGER.name().equals(command.getMetaData().get(AuditMetadata.ROLE))) {
            throw OutsideScopeException.notForSender(refusal);
        }
    }

    private static String registeredCentre(CommandMessage<?> command) {
        return command.getPayload() instanceof RegisterCase register
                ? register.registration().centreId() : null;
    }

    private static Collection<?> writesFor(CommandMessage<?> command) {
        return command.getMetaData().get(AccessMetadata.WRITES_FOR) instanceof Collection<?> centres ? centres : List.of();
    }
}
