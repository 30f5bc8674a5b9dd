package io.boneregistry.projections.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.api.access.CaseScope;
import io.boneregistry.api.cases.CaseStage;
import io.boneregistry.projections.internal.JsonDocuments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The case files, with the columns the case list filters and sorts on. */
@Repository
public class CaseFileRepository {

    private final JsonDocuments<CaseFile> files;

    public CaseFileRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.files = new JsonDocuments<>(jdbc, json, "case_file", CaseFile.class);
    }

    Optional<CaseFile> find(String caseId) {
        return files.find(caseId);
    }

    void save(CaseFile file) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("centre_id", file.centreId());
        columns.put("stage", file.stage().name());
        columns.put("referral_date", file.referralDate());
        files.save(file.caseId(), file, columns);
    }

    List<CaseFile> page(String centreId, CaseScope scope, CaseStage stage, int page, int size) {
        Filter filter = Filter.of(centreId, scope, stage);
        List<Object> arguments = new ArrayList<>(filter.arguments());
        arguments.add(size);
        arguments.add((long) page * size);
        return files.where(filter.condition() + " ORDER BY referral_date DESC, case_id LIMIT ? OFFSET ?", arguments.toArray());
    }

    long count(String centreId, CaseScope scope, CaseStage stage) {
        Filter filter = Filter.of(centreId, scope, stage);
        return files.count(filter.condition(), filter.arguments().toArray());
    }

    void erasePersonalFields(String caseId) {
        files.erasePersonalFields(caseId);
    }

    public void deleteAll() {
        files.deleteAll();
    }

    private record Filter(String condition, List<Object> arguments) {
        static Filter of(String centreId, CaseScope scope, CaseStage stage) {
            List<String> conditions = new ArrayList<>(List.of("1 = 1"));
            List<Object> arguments = new ArrayList<>();
            if (!scope.isEveryCentre()) {
                Set<String> centres = scope.centres();
                conditions.add(centres.isEmpty() ? "1 = 0" : "centre_id IN (" + String.join(", ", Collections.nCopies(centres.size(), "?")) + ")");
                arguments.addAll(centres.stream().sorted().toList());
            }
            if (centreId != null) {
                conditions.add("centre_id = ?");
                arguments.add(centreId);
            }
            if (stage != null) {
                conditions.add("stage = ?");
                arguments.add(stage.name());
            }
            return new Filter(String.join(" AND ", conditions), arguments);
        }
    }
}
