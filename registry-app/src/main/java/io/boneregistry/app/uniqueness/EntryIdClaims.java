package io.boneregistry.app.uniqueness;

import io.boneregistry.api.checks.PreProcedureChecksCompleted;
import io.boneregistry.api.complication.ComplicationRecorded;
import io.boneregistry.api.followup.FollowUpRecorded;
import io.boneregistry.api.othertreatment.OtherTreatmentRecorded;
import io.boneregistry.api.procedure.ProcedurePerformed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Which case each entry id belongs to, across the whole registry. Kept by a subscribing handler in
 * the transaction that stores the entry, so the table never lags the event store; its primary key
 * refuses a second claim even when two cases race for one id.
 */
@Component
@ProcessingGroup(EntryIdClaims.NAME)
public class EntryIdClaims {

    public static final String NAME = "entry-id-claims";

    private final JdbcTemplate jdbc;

    EntryIdClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> caseOf(String entryId) {
        return jdbc.queryForList("SELECT case_id FROM entry_id_claim WHERE entry_id = ?", String.class, entryId)
                .stream().findFirst();
    }

    @EventHandler
    void on(ProcedurePerformed event) {
        claim(event.procedureId(), "PROCEDURE", event.caseId());
    }

    @EventHandler
    void on(ComplicationRecorded event) {
        claim(event.complicationId(), "COMPLICATION", event.caseId());
    }

    @EventHandler
    void on(FollowUpRecorded event) {
        claim(event.followUpId(), "FOLLOW_UP", event.caseId());
    }

    @EventHandler
    void on(OtherTreatmentRecorded event) {
        claim(event.treatmentId(), "OTHER_TREATMENT", event.caseId());
    }

    @EventHandler
    void on(PreProcedureChecksCompleted event) {
        claim(event.checksId(), "PRE_PROCEDURE_CHECKS", event.caseId());
    }

    private void claim(String entryId, String kind, String caseId) {
        jdbc.update("INSERT INTO entry_id_claim (entry_id, entry_kind, case_id) VALUES (?, ?, ?)", entryId, kind, caseId);
    }
}
