package io.boneregistry.projections.conformance;

import io.boneregistry.api.access.CaseScope;
import io.boneregistry.api.analysis.ConformanceEvaluation;
import io.boneregistry.api.analysis.ConformanceEvaluations;
import io.boneregistry.api.analysis.ConformanceTallies;
import io.boneregistry.api.analysis.ConformanceTallies.RuleTally;
import io.boneregistry.api.analysis.FindConformanceEvaluations;
import io.boneregistry.api.analysis.FindConformanceTallies;
import io.boneregistry.api.erasure.PersonalDataErased;
import io.boneregistry.api.guideline.EntryKind;
import io.boneregistry.api.guideline.GuidelineEvaluated;
import io.boneregistry.api.guideline.RuleEvaluation;
import io.boneregistry.api.guideline.RuleStatus;
import io.boneregistry.api.registration.CaseRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
    private static final String EVALUATION_COLUMNS = "case_id, centre_id, entry_kind, entry_id, entry_date, rule_id, status, detail, justification";

    private final JdbcTemplate jdbc;

    public ConformanceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CaseRegistered event) {
        jdbc.update("INSERT INTO conformance_case (case_id, centre_id) VALUES (?, ?)", event.caseId(), event.registration().centreId());
    }

    /** Justifications are free text: erasure blanks them; the verdicts stay. */
    @EventHandler
    void on(PersonalDataErased event) {
        jdbc.update("UPDATE conformance_evaluation SET justification = NULL WHERE case_id = ?", event.caseId());
    }

    @EventHandler
    void on(GuidelineEvaluated event) {
        String entryKey = event.entry().kind() + "/" + (event.entry().entryId() == null ? "" : event.entry().entryId());
        jdbc.update("DELETE FROM conformance_evaluation WHERE case_id = ? AND entry_key = ?", event.caseId(), entryKey);
        String centreId = jdbc.queryForObject("SELECT centre_id FROM conformance_case WHERE case_id = ?", String.class, event.caseId());
        List<Object[]> rows = new ArrayList<>();
        for (RuleEvaluation evaluation : event.evaluations()) {
            rows.add(new Object[]{event.caseId(), centreId, entryKey, event.entry().kind().name(), event.entry().entryId(),
                    event.entryDate() == null ? null : Date.valueOf(event.entryDate()), evaluation.ruleId(),
                    evaluation.status().name(), evaluation.detail(), event.justification()});
        }
        jdbc.batchUpdate("INSERT INTO conformance_evaluation (case_id, centre_id, entry_key, entry_kind, entry_id, entry_date,"
                + " rule_id, status, detail, justification) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM conformance_evaluation");
        jdbc.update("DELETE FROM conformance_case");
    }

    @QueryHandler
    public ConformanceEvaluations handle(FindConformanceEvaluations query) {
        Map<String, String> standIns = new HashMap<>();
        Selection selection = Selection.of(query.centreId(), query.from(), query.to());
        return new ConformanceEvaluations(jdbc.query("SELECT " + EVALUATION_COLUMNS + " FROM conformance_evaluation WHERE "
                + selection.where() + " ORDER BY case_id, entry_key, rule_id", (rs, row) -> {
            ConformanceEvaluation evaluation = evaluation(rs);
            return query.scope().includes(evaluation.centreId()) ? evaluation
                    : evaluation.countedOnly(standIns.computeIfAbsent(evaluation.caseId(), caseId -> UUID.randomUUID().toString()));
        }, selection.arguments()));
    }

    /** Counted in SQL, so a national registry's millions of evaluations never reach the heap. */
    @QueryHandler
    public ConformanceTallies handle(FindConformanceTallies query) {
        Selection selection = Selection.of(query.centreId(), query.from(), query.to());
        List<RuleTally> tallies = jdbc.query("SELECT rule_id, centre_id, COUNT(DISTINCT case_id),"
                        + " COUNT(DISTINCT CASE WHEN status = 'DEVIATED' THEN case_id END),"
                        + " SUM(CASE WHEN status = 'DEVIATED' THEN 1 ELSE 0 END),"
                        + " COUNT(DISTINCT CASE WHEN status = 'ADVISORY' THEN case_id END)"
                        + " FROM conformance_evaluation WHERE " + selection.where() + " GROUP BY rule_id, centre_id ORDER BY rule_id, centre_id",
                (rs, row) -> new RuleTally(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)),
                selection.arguments());
        return new ConformanceTallies(tallies, deviations(selection, query.scope()));
    }

    /** The deviations of the cases inside the asker's scope, listed. */
    private List<ConformanceEvaluation> deviations(Selection selection, CaseScope scope) {
        List<Object> arguments = new ArrayList<>(List.of(selection.arguments()));
        String inScope = "";
        if (!scope.isEveryCentre()) {
            if (scope.centres().isEmpty()) return List.of();
            inScope = " AND centre_id IN (" + String.join(", ", Collections.nCopies(scope.centres().size(), "?")) + ")";
            arguments.addAll(scope.centres());
        }
        return jdbc.query("SELECT " + EVALUATION_COLUMNS + " FROM conformance_evaluation WHERE " + selection.where()
                + " AND status = 'DEVIATED'" + inScope + " ORDER BY case_id, entry_key, rule_id", (rs, row) -> evaluation(rs), arguments.toArray());
    }

    private static ConformanceEvaluation evaluation(ResultSet rs) throws SQLException {
        return new ConformanceEvaluation(rs.getString("case_id"), rs.getString("centre_id"), EntryKind.valueOf(rs.getString("entry_kind")),
                rs.getString("entry_id"), rs.getDate("entry_date") == null ? null : rs.getDate("entry_date").toLocalDate(),
                rs.getString("rule_id"), RuleStatus.valueOf(rs.getString("status")), rs.getString("detail"),
                rs.getString("justification"), true);
    }

    /** The entries a question looks at: pre-procedure checks left out, a centre, a period. */
    private record Selection(String where, Object[] arguments) {

        static Selection of(String centreId, LocalDate from, LocalDate to) {
            StringBuilder where = new StringBuilder("entry_kind <> ?");
            List<Object> arguments = new ArrayList<>(List.of(EntryKind.PRE_PROCEDURE_CHECKS.name()));
            if (centreId != null) {
                where.append(" AND centre_id = ?");
                arguments.add(centreId);
            }
            if (from != null) {
                where.append(" AND entry_date >= ?");
                arguments.add(Date.valueOf(from));
            }
            if (to != null) {
                where.append(" AND entry_date <= ?");
                arguments.add(Date.valueOf(to));
            }
            return new Selection(where.toString(), arguments.toArray());
        }
    }
}
