package io.boneregistry.app.stream;

import io.boneregistry.api.access.AccessMetadata;
import io.boneregistry.api.audit.AuditMetadata;
import io.boneregistry.cohort.CaseStory;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

/** Logs synthetic cases through the command path, and tells which events they left in the store. */
final class CohortLogger {

    private CohortLogger() {
    }

    static void log(CommandGateway commands, List<CaseStory> stories) {
        for (CaseStory story : stories) {
            for (Object command : story.commands()) {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(Map.of(AuditMetadata.USER_ID, "dr.stream", AuditMetadata.CENTRE_ID, story.centreId(),
                                AccessMetadata.WRITES_FOR, List.of(story.centreId()))));
            }
        }
    }

    static List<String> eventIds(JdbcTemplate jdbc, List<CaseStory> stories) {
        String in = String.join(",", stories.stream().map(story -> "'" + story.caseId() + "'").toList());
        return jdbc.queryForList("SELECT eventIdentifier FROM DomainEventEntry WHERE aggregateIdentifier IN (" + in + ")", String.class);
    }
}
