package io.boneregistry.projections.analysis;

import io.boneregistry.api.analysis.OtherTreatmentRow;
import io.boneregistry.api.othertreatment.OtherTreatmentKind;
import io.boneregistry.api.analysis.ComplicationRow;
import io.boneregistry.api.analysis.FollowUpRow;
import io.boneregistry.api.analysis.ProcedureRow;
import io.boneregistry.api.assessment.Diagnosis;
import io.boneregistry.api.assessment.LesionSite;
import io.boneregistry.api.closure.ClosureReason;
import io.boneregistry.api.complication.ComplicationType;
import io.boneregistry.api.followup.TumourVolumeChange;
import io.boneregistry.api.followup.VitalStatus;
import io.boneregistry.api.procedure.Anaesthesia;
import io.boneregistry.api.procedure.Technique;
import io.boneregistry.api.treatment.Intent;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The statistics read model's tables (V102__statistics_rows.sql, V107__clinical_depth.sql, V108__unknown_is_not_no.sql,
 * V109__benchmarks_read_again.sql): the analysis rows in typed
 * columns, written by the analysis-dataset projection and read back by {@link StatisticsRows}.
 * Free text (pain origin, complication descriptions) and personal fields are not kept: no
 * statistic reads them.
 */
final class StatisticsTable {

    private static final String PROCEDURE_COLUMNS = "case_id, procedure_id, centre_id, operator_id, performed_on, procedure_number, "
            + "procedures_in_case, referral_date, assessed_on, diagnosis, histological, intent, lesion_site, vertebral, "
            + "max_diameter_mm, fracture_risk, aggressive, techniques, step_techniques, single_technique, anaesthesia, "
            + "technical_success, baseline_vas, baseline_opioid_mme, baseline_neuralgia, cement_steps, cement_steps_leaking, "
            + "cement_volume_ml, ethanol_volume_ml, closure_reason, closed_on, other_treatments, vertebral_cement_steps, "
            + "vertebral_cement_steps_leaking, vertebral_cement_leak_unknown, revision, baseline_neuralgia_intensity";
    private static final String FOLLOW_UP_COLUMNS = "case_id, procedure_id, follow_up_id, ordinal, assessed_on, days_after, vas, "
            + "opioid_mme, neuralgia, local_recurrence, tumour_volume, fracture, vital_status, treated_site_vas, neuralgia_intensity";
    private static final String COMPLICATION_COLUMNS = "case_id, procedure_id, complication_id, ordinal, onset, days_after, "
            + "complication_type, cirse_grade";
    private static final String[] TABLES = {"statistics_procedure", "statistics_follow_up", "statistics_complication"};

    private final JdbcTemplate jdbc;

    StatisticsTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces every row of a case with its current rows. A case left with none (its procedures, or
     * the case itself, entered in error) is marked in statistics_cleared, so readers holding its rows
     * see the change and drop them.
     */
    void replace(String caseId, List<ProcedureRow> rows, long revision) {
        int removed = 0;
        for (String table : TABLES) {
            removed += jdbc.update("DELETE FROM " + table + " WHERE case_id = ?", caseId);
        }
        if (rows.isEmpty() && removed > 0) {
            jdbc.update("INSERT INTO statistics_cleared (case_id, revision) VALUES (?, ?)", caseId, revision);
        }
        List<Object[]> procedures = new ArrayList<>();
        List<Object[]> followUps = new ArrayList<>();
        List<Object[]> complications = new ArrayList<>();
        for (ProcedureRow row : rows) {
            procedures.add(procedureValues(row, revision));
            for (int i = 0; i < row.followUps().size(); i++) {
                FollowUpRow f = row.followUps().get(i);
                followUps.add(new Object[]{caseId, row.procedureId(), f.followUpId(), i, f.assessedOn(), f.day(), f.vas(),
                        f.opioidMmePerDay(), f.neuralgia(), f.localRecurrence(), name(f.tumourVolume()),
                        f.fractureAtTreatedSite(), name(f.vitalStatus()), f.treatedSiteVas(), f.neuralgiaIntensity()});
            }
            for (int i = 0; i < row.complications().size(); i++) {
                ComplicationRow c = row.complications().get(i);
                complications.add(new Object[]{caseId, row.procedureId(), c.complicationId(), i, c.onset(), c.day(),
                        c.type().name(), c.cirseGrade()});
            }
        }
        insert("statistics_procedure", PROCEDURE_COLUMNS, procedures);
        insert("statistics_follow_up", FOLLOW_UP_COLUMNS, followUps);
        insert("statistics_complication", COMPLICATION_COLUMNS, complications);
    }

    /** Empties the tables for a rebuild and tells readers holding rows to read them all again. */
    void deleteAll() {
        for (String table : TABLES) {
            jdbc.update("DELETE FROM " + table);
        }
        jdbc.update("DELETE FROM statistics_cleared");
        jdbc.update("UPDATE statistics_generation SET generation = generation + 1");
    }

    long generation() {
        Long generation = jdbc.queryForObject("SELECT generation FROM statistics_generation", Long.class);
        return generation == null ? 0 : generation;
    }

    /** The rows of every case changed by an event after {@code revision}, by case, each case's in procedure order. */
    Map<String, List<ProcedureRow>> casesChangedAfter(long revision) {
        Values values = new Values();
        String changed = "case_id IN (SELECT case_id FROM statistics_procedure WHERE revision > ?)";
        Map<String, List<FollowUpRow>> followUps = new HashMap<>();
        jdbc.query("SELECT " + FOLLOW_UP_COLUMNS + " FROM statistics_follow_up WHERE " + changed + " ORDER BY case_id, procedure_id, ordinal",
                rs -> {
                    followUps.computeIfAbsent(key(rs), k -> new ArrayList<>()).add(followUp(rs, values));
                }, revision);
        Map<String, List<ComplicationRow>> complications = new HashMap<>();
        jdbc.query("SELECT " + COMPLICATION_COLUMNS + " FROM statistics_complication WHERE " + changed + " ORDER BY case_id, procedure_id, ordinal",
                rs -> {
                    complications.computeIfAbsent(key(rs), k -> new ArrayList<>()).add(complication(rs, values));
                }, revision);
        Map<String, List<ProcedureRow>> cases = new LinkedHashMap<>();
        jdbc.query("SELECT " + PROCEDURE_COLUMNS + " FROM statistics_procedure WHERE " + changed + " ORDER BY case_id, procedure_number",
                rs -> {
                    String key = key(rs);
                    ProcedureRow row = procedure(rs, values, followUps.getOrDefault(key, List.of()), complications.getOrDefault(key, List.of()));
                    cases.computeIfAbsent(row.caseId(), k -> new ArrayList<>()).add(row);
                }, revision);
        jdbc.query("SELECT DISTINCT case_id FROM statistics_cleared WHERE revision > ?",
                rs -> {
                    cases.putIfAbsent(rs.getString(1), List.of());
                }, revision);
        return cases;
    }

    /** The newest revision written: of a row, or of a case left with none; -1 before any. */
    long newest() {
        Long newest = jdbc.queryForObject("SELECT GREATEST(COALESCE((SELECT MAX(revision) FROM statistics_procedure), -1),"
                + " COALESCE((SELECT MAX(revision) FROM statistics_cleared), -1))", Long.class);
        return newest == null ? -1 : newest;
    }

    private void insert(String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) return;
        String marks = Arrays.stream(columns.split(",")).map(column -> "?").collect(Collectors.joining(", "));
        jdbc.batchUpdate("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")", rows);
    }

    private static Object[] procedureValues(ProcedureRow r, long revision) {
        return new Object[]{r.caseId(), r.procedureId(), r.centreId(), r.operatorId(), r.performedOn(), r.procedureNumber(),
                r.proceduresInCase(), r.referralDate(), r.assessedOn(), name(r.diagnosis()), r.histologicalDiagnosis(), name(r.intent()),
                name(r.lesionSite()), r.vertebral(), r.maxDiameterMm(), r.fractureRisk(), r.aggressive(), names(r.techniques()),
                names(r.stepTechniques()), r.singleTechnique(), name(r.anaesthesia()), r.technicalSuccess(), r.baselineVas(),
                r.baselineOpioidMmePerDay(), r.baselineNeuralgia(), r.cementSteps(), r.cementStepsLeaking(), r.cementVolumeMl(),
                r.ethanolVolumeMl(), name(r.closureReason()), r.closedOn(), otherTreatments(r.otherTreatments()), r.vertebralCementSteps(),
                r.vertebralCementStepsLeaking(), r.vertebralCementStepsLeakUnknown(), revision, r.baselineNeuralgiaIntensity()};
    }

    private static ProcedureRow procedure(ResultSet rs, Values v, List<FollowUpRow> followUps, List<ComplicationRow> complications)
            throws SQLException {
        return new ProcedureRow(rs.getString(1), rs.getString(2), v.text(rs.getString(3)), v.text(rs.getString(4)), v.date(rs, 5),
                rs.getInt(6), rs.getInt(7), v.date(rs, 8), v.date(rs, 9), null, null, value(rs, 10, Diagnosis::valueOf),
                rs.getBoolean(11), value(rs, 12, Intent::valueOf), value(rs, 13, LesionSite::valueOf), rs.getObject(15, Integer.class),
                rs.getObject(16, Boolean.class), rs.getObject(17, Boolean.class), v.techniques(rs.getString(18)), v.techniques(rs.getString(19)),
                value(rs, 21, Anaesthesia::valueOf), rs.getObject(22, Boolean.class), rs.getObject(23, Integer.class),
                rs.getObject(24, Double.class), rs.getObject(25, Boolean.class), rs.getObject(37, Integer.class), null, rs.getInt(26),
                rs.getInt(27),
                rs.getObject(28, Double.class), rs.getObject(29, Double.class), complications, followUps,
                value(rs, 30, ClosureReason::valueOf), v.date(rs, 31), List.of(), otherTreatments(rs.getString(32)), rs.getInt(33), rs.getInt(34), rs.getInt(35));
    }

    /** Other treatments as one column: {@code KIND@day}, comma-separated, in start order. */
    private static String otherTreatments(List<OtherTreatmentRow> treatments) {
        return treatments.stream().map(t -> t.kind().name() + "@" + t.day()).collect(Collectors.joining(","));
    }

    private static List<OtherTreatmentRow> otherTreatments(String column) {
        if (column == null || column.isEmpty()) return List.of();
        return Arrays.stream(column.split(",")).map(item -> item.split("@"))
                .map(parts -> new OtherTreatmentRow(OtherTreatmentKind.valueOf(parts[0]), Integer.parseInt(parts[1]))).toList();
    }

    private static FollowUpRow followUp(ResultSet rs, Values v) throws SQLException {
        return new FollowUpRow(rs.getString(3), v.date(rs, 5), rs.getInt(6), rs.getInt(7), rs.getObject(8, Double.class),
                rs.getObject(9, Boolean.class), rs.getObject(15, Integer.class), rs.getObject(10, Boolean.class),
                value(rs, 11, TumourVolumeChange::valueOf),
                rs.getObject(12, Boolean.class), value(rs, 13, VitalStatus::valueOf), rs.getObject(14, Integer.class), null, null, null, null, null);
    }

    private static ComplicationRow complication(ResultSet rs, Values v) throws SQLException {
        return new ComplicationRow(rs.getString(3), v.date(rs, 5), rs.getInt(6), ComplicationType.valueOf(rs.getString(7)),
                rs.getInt(8));
    }

    private static String key(ResultSet rs) throws SQLException {
        return rs.getString(1) + "/" + rs.getString(2);
    }

    private static <E> E value(ResultSet rs, int column, Function<String, E> parse) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : parse.apply(text);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String names(List<Technique> techniques) {
        return techniques.stream().map(Technique::name).collect(Collectors.joining(","));
    }

    /** One copy of each repeated value (centre, operator, date, technique list) across the rows read at once. */
    private static final class Values {
        private final Map<Object, Object> seen = new HashMap<>();

        String text(String value) {
            return value == null ? null : (String) seen.computeIfAbsent(value, Function.identity());
        }

        LocalDate date(ResultSet rs, int column) throws SQLException {
            LocalDate date = rs.getObject(column, LocalDate.class);
            return date == null ? null : (LocalDate) seen.computeIfAbsent(date, Function.identity());
        }

        @SuppressWarnings("unchecked")
        List<Technique> techniques(String names) {
            return (List<Technique>) seen.computeIfAbsent("techniques:" + names, k -> names.isEmpty() ? List.of()
                    : Arrays.stream(names.split(",")).map(Technique::valueOf).toList());
        }
    }
}
