package io.boneregistry.projections.conformance;

import io.boneregistry.api.analysis.ConformanceEvaluation;
import io.boneregistry.api.analysis.ConformanceEvaluations;
import io.boneregistry.api.analysis.FindConformanceEvaluations;
import io.boneregistry.api.erasure.PersonalDataErased;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.GuidelineEvaluated;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.guideline.RuleStatus;
import io.boneregistry.api.registration.CaseRegistered;
import io.boneregistry.projections.internal.EventPositions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Guideline conformance: the current evaluation of every rule on every entry, by centre and
 * clinical date. A newer evaluation of an entry replaces the older one.
 */
@Component
@ProcessingGroup(ConformanceProjection.NAME)
public class ConformanceProjection {

    public static final String NAME = "guideline-conformance";
    static final String EVALUATION_COLUMNS = "case_id, centre_id, entry_kind, entry_id, entry_date, rule_id, status, detail, justification";

    private final JdbcTemplate jdbc;

    public ConformanceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CaseRegistered event) {
        jdbc.update("INSERT INTO conformance_case (case_id, centre_id) VALUES (?, ?)", event.caseId(), event.registration().centreId());
    }

    /**
     * Justifications are free text: erasure blanks them; the verdicts stay. The rows take the
     * erasure's revision, so no answer kept from before it (with the justifications) is given again.
     */
    @EventHandler
    void on(PersonalDataErased event) {
        jdbc.update("UPDATE conformance_evaluation SET justification = NULL, revision = ? WHERE case_id = ?", revision(), event.caseId());
    }

    @EventHandler
    void on(GuidelineEvaluated event) {
        long revision = revision();
        String entryKey = event.entry().key();
        jdbc.update("DELETE FROM conformance_evaluation WHERE case_id = ? AND entry_key = ?", event.caseId(), entryKey);
        String centreId = jdbc.queryForObject("SELECT centre_id FROM conformance_case WHERE case_id = ?", String.class, event.caseId());
        List<Object[]> rows = new ArrayList<>();
        for (RuleEvaluation evaluation : event.evaluations()) {
            rows.add(new Object[]{event.caseId(), centreId, entryKey, event.entry().kind().name(), event.entry().entryId(),
                    event.entryDate() == null ? null : Date.valueOf(event.entryDate()), evaluation.ruleId(),
                    evaluation.status().name(), evaluation.detail(), event.justification(), revision});
        }
        jdbc.batchUpdate("INSERT INTO conformance_evaluation (case_id, centre_id, entry_key, entry_kind, entry_id, entry_date,"
                + " rule_id, status, detail, justification, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        if (rows.isEmpty()) jdbc.update("INSERT INTO conformance_cleared (case_id, revision) VALUES (?, ?)", event.caseId(), revision);
    }

    /**
     * The event's position: readers holding evaluations read again the cases written after where they
     * stood. Outside a processor, one past the newest, so they still see the change.
     */
    private long revision() {
        return EventPositions.current().orElseGet(() -> Math.max(written(jdbc).newest(), 0) + 1);
    }

    /** What readers holding evaluations check before each answer: the tables' generation (bumped on reset) and newest revision. */
    record Written(long generation, long newest) {
    }

    /** The newest revision is that of an evaluation, or of an entry left with none; -1 before any. */
    static Written written(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT generation, COALESCE((SELECT MAX(revision) FROM conformance_evaluation), -1),"
                + " COALESCE((SELECT MAX(revision) FROM conformance_cleared), -1) FROM conformance_generation",
                (rs, row) -> new Written(rs.getLong(1), Math.max(rs.getLong(2), rs.getLong(3))));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM conformance_evaluation");
        jdbc.update("DELETE FROM conformance_case");
        jdbc.update("DELETE FROM conformance_cleared");
        jdbc.update("UPDATE conformance_generation SET generation = generation + 1");
    }

    @QueryHandler
    public ConformanceEvaluations handle(FindConformanceEvaluations query) {
        Map<String, String> standIns = new HashMap<>();
        EvaluationSelection selection = EvaluationSelection.of(query.centreId(), query.from(), query.to());
        return new ConformanceEvaluations(jdbc.query("SELECT " + EVALUATION_COLUMNS + " FROM conformance_evaluation WHERE "
                + selection.where() + " ORDER BY case_id, entry_key, rule_id", (rs, row) -> {
            ConformanceEvaluation evaluation = evaluation(rs);
            return query.scope().includes(evaluation.centreId()) ? evaluation
                    : evaluation.countedOnly(standIns.computeIfAbsent(evaluation.caseId(), caseId -> UUID.randomUUID().toString()));
        }, selection.arguments()));
    }

    static ConformanceEvaluation evaluation(ResultSet rs) throws SQLException {
        return new ConformanceEvaluation(rs.getString("case_id"), rs.getString("centre_id"), EntryKind.valueOf(rs.getString("entry_kind")),
                rs.getString("entry_id"), rs.getDate("entry_date") == null ? null : rs.getDate("entry_date").toLocalDate(),
                rs.getString("rule_id"), RuleStatus.valueOf(rs.getString("status")), rs.getString("detail"),
                rs.getString("justification"), true);
    }
}
