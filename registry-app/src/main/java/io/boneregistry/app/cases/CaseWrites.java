package io.boneregistry.app.cases;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Sends a write endpoint's command, or only tries it when the request asked for a dry run ({@link DryRun}). */
@Component
public class CaseWrites {

    private final CommandGateway commands;

    CaseWrites(CommandGateway commands) {
        this.commands = commands;
    }

    @SuppressWarnings("unchecked")
    public <R> R send(Object command) {
        if (!DryRunParam.requested()) return commands.sendAndWait(command);
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(DryRun.METADATA, true)));
        } catch (DryRun.Completed tried) {
            return (R) tried.result();
        }
        throw new IllegalStateException("a dry run of " + command.getClass().getSimpleName() + " was not rolled back");
    }
}
