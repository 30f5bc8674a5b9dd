package io.boneregistry.app.uniqueness;

import io.boneregistry.api.checks.CompletePreProcedureChecks;
import io.boneregistry.api.complication.RecordComplication;
import io.boneregistry.api.followup.RecordFollowUp;
import io.boneregistry.api.othertreatment.RecordOtherTreatment;
import io.boneregistry.api.procedure.RecordProcedure;
import io.boneregistry.api.refusal.PathwayConflictException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.BiFunction;

/** Refuses an entry whose client-supplied id another case already holds, before any aggregate is loaded. */
@Component
public class UniqueEntryIdInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final EntryIdClaims claims;

    UniqueEntryIdInterceptor(EntryIdClaims claims) {
        this.claims = claims;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Object payload = command.getPayload();
            if (payload instanceof RecordProcedure record) requireFree("procedure", record.procedureId(), record.caseId());
            if (payload instanceof RecordComplication record) requireFree("complication", record.complicationId(), record.caseId());
            if (payload instanceof RecordFollowUp record) requireFree("follow-up", record.followUpId(), record.caseId());
            if (payload instanceof RecordOtherTreatment record) requireFree("other treatment", record.treatmentId(), record.caseId());
            if (payload instanceof CompletePreProcedureChecks record) requireFree("pre-procedure checks", record.checksId(), record.caseId());
            return command;
        };
    }

    private void requireFree(String what, String entryId, String caseId) {
        claims.caseOf(entryId).filter(owner -> !owner.equals(caseId)).ifPresent(owner -> {
            throw PathwayConflictException.idReused(what, entryId);
        });
    }
}
