package io.boneregistry.projections.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.api.cases.CaseStage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stores each {@link CaseFile} as a JSON document, with the columns the case list filters on. */
@Repository
public class CaseFileRepository {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public CaseFileRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<CaseFile> find(String caseId) {
        return jdbc.query("SELECT document FROM case_file WHERE case_id = ?",
                (rs, row) -> read(rs.getString(1)), caseId).stream().findFirst();
    }

    void save(CaseFile file) {
        String document = write(file);
        int updated = jdbc.update("UPDATE case_file SET centre_id = ?, stage = ?, referral_date = ?, document = ? WHERE case_id = ?",
                file.centreId(), file.stage().name(), file.referralDate(), document, file.caseId());
        if (updated == 0) {
            jdbc.update("INSERT INTO case_file (case_id, centre_id, stage, referral_date, document) VALUES (?, ?, ?, ?, ?)",
                    file.caseId(), file.centreId(), file.stage().name(), file.referralDate(), document);
        }
    }

    List<CaseFile> page(String centreId, CaseStage stage, int page, int size) {
        Filter filter = Filter.of(centreId, stage);
        List<Object> arguments = new ArrayList<>(filter.arguments());
        arguments.add(size);
        arguments.add((long) page * size);
        return jdbc.query("SELECT document FROM case_file" + filter.where()
                        + " ORDER BY referral_date DESC, case_id LIMIT ? OFFSET ?",
                (rs, row) -> read(rs.getString(1)), arguments.toArray());
    }

    long count(String centreId, CaseStage stage) {
        Filter filter = Filter.of(centreId, stage);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM case_file" + filter.where(), Long.class, filter.arguments().toArray());
        return count == null ? 0 : count;
    }

    public void deleteAll() {
        jdbc.update("DELETE FROM case_file");
    }

    private record Filter(String where, List<Object> arguments) {
        static Filter of(String centreId, CaseStage stage) {
            List<String> conditions = new ArrayList<>();
            List<Object> arguments = new ArrayList<>();
            if (centreId != null) {
                conditions.add("centre_id = ?");
                arguments.add(centreId);
            }
            if (stage != null) {
                conditions.add("stage = ?");
                arguments.add(stage.name());
            }
            return new Filter(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), arguments);
        }
    }

    private CaseFile read(String document) {
        try {
            return json.readValue(document, CaseFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable case file", e);
        }
    }

    private String write(CaseFile file) {
        try {
            return json.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case file not writable", e);
        }
    }
}
