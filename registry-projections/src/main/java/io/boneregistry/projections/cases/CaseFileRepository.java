package io.boneregistry.projections.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.api.access.CaseScope;
import io.boneregistry.api.cases.CaseStage;
import io.boneregistry.api.cases.ListCases;
import io.boneregistry.projections.internal.JsonDocuments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        columns.put("pseudonym_key", file.patientPseudonym() == null ? null : file.patientPseudonym().toUpperCase(Locale.ROOT));
        columns.put("entered_in_error", file.enteredInError());
        files.save(file.caseId(), file, columns);
    }

    List<CaseFile> page(ListCases query) {
        Filter filter = Filter.of(query);
        List<Object> arguments = new ArrayList<>(filter.arguments());
        arguments.add(query.size());
        arguments.add((long) query.page() * query.size());
        return files.where(filter.condition() + " ORDER BY referral_date DESC, case_id LIMIT ? OFFSET ?", arguments.toArray());
    }

    long count(ListCases query) {
        Filter filter = Filter.of(query);
        return files.count(filter.condition(), filter.arguments().toArray());
    }

    /** Blanks the patient's fields of the document and the pseudonym the list searches by. */
    void erasePersonalFields(String caseId) {
        files.erasePersonalFields(caseId);
        files.clearColumn(caseId, "pseudonym_key");
    }

    public void deleteAll() {
        files.deleteAll();
    }

    private record Filter(String condition, List<Object> arguments) {
        static Filter of(ListCases query) {
            String centreId = query.centreId();
            CaseScope scope = query.scope();
            CaseStage stage = query.stage();
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
            if (query.pseudonym() != null && !query.pseudonym().isBlank()) {
                conditions.add("pseudonym_key LIKE ? ESCAPE '!'");
                arguments.add(query.pseudonym().strip().toUpperCase(Locale.ROOT).replaceAll("([!%_])", "!$1") + "%");
            }
            if (query.enteredInError() != null) {
                conditions.add("entered_in_error = ?");
                arguments.add(query.enteredInError());
            }
            return new Filter(String.join(" AND ", conditions), arguments);
        }
    }
}
