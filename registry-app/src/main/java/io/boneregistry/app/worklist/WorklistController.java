package io.boneregistry.app.worklist;

import io.boneregistry.api.access.CaseScope;
import io.boneregistry.api.access.Role;
import io.boneregistry.api.analysis.ConformanceEvaluations;
import io.boneregistry.api.analysis.FindConformanceEvaluations;
import io.boneregistry.api.cases.CasePage;
import io.boneregistry.api.cases.CaseStage;
import io.boneregistry.api.cases.CaseSummary;
import io.boneregistry.api.cases.ListCases;
import io.boneregistry.app.security.CentreScoped;
import io.boneregistry.app.security.Requester;
import io.boneregistry.app.security.Requesters;
import io.boneregistry.outcomes.OutcomeReports;
import io.boneregistry.outcomes.benchmark.DatasetFilter;
import io.boneregistry.outcomes.worklist.DueFollowUp;
import io.boneregistry.outcomes.worklist.FollowUpSchedule;
import io.boneregistry.outcomes.worklist.FollowUpWorklist;
import io.boneregistry.outcomes.worklist.StatusGrid;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import io.boneregistry.app.exportlog.RecordedExport;
import io.boneregistry.app.security.CentreScope;
import io.boneregistry.outcomes.worklist.MissingData;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.bind.annotation.RestController;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The page a clinician opens first: the follow-ups due or overdue under the schedule, the open
 * cases by stage, and the status grid, all of the centres they write for (an auditor's or manager's,
 * of the cases they may see, to read).
 */
@RestController
@EnableConfigurationProperties(WorklistProperties.class)
@CentreScoped(CentreScoped.Scope.HANDLER)
class WorklistController {

    private static final int PAGE = 200;

    private final QueryGateway queries;
    private final OutcomeReports reports;
    private final WorklistProperties properties;
    private final Clock clock = Clock.systemDefaultZone();

    WorklistController(QueryGateway queries, OutcomeReports reports, WorklistProperties properties) {
        this.queries = queries;
        this.reports = reports;
        this.properties = properties;
    }

    record Worklist(LocalDate today, FollowUpSchedule schedule, List<DueFollowUp> followUps, Map<CaseStage, Integer> openCases,
                    List<StatusGrid.Row> statusGrid) {
    }

    @GetMapping("/api/worklist")
    Worklist worklist() {
        CaseScope scope = scopeOf(Requesters.required());
        LocalDate today = LocalDate.now(clock);
        List<CaseSummary> open = openCases(scope);
        Map<String, String> pseudonyms = new HashMap<>();
        open.forEach(summary -> pseudonyms.put(summary.caseId(), summary.patientPseudonym()));
        List<DueFollowUp> due = FollowUpWorklist.due(reports.caseRows(DatasetFilter.all(), scope), properties.schedule(), today, pseudonyms);
        Map<CaseStage, Integer> byStage = new EnumMap<>(CaseStage.class);
        open.forEach(summary -> byStage.merge(summary.stage(), 1, Integer::sum));
        List<StatusGrid.Row> grid = StatusGrid.of(open, queries.query(new FindConformanceEvaluations(null, null, null, scope),
                ConformanceEvaluations.class).join().evaluations());
        return new Worklist(today, properties.schedule(), due, byStage, grid);
    }

    /**
     * Every answer the entries of the cases one may see still lack (of one centre with
     * {@code centreId}), as JSON, or as CSV for a spreadsheet (recorded in the export log: it names patients).
     */
    @GetMapping("/api/quality/missing-data")
    List<MissingData.Row> missingData(@RequestParam(required = false) String centreId) {
        return MissingData.of(cases(Requesters.required(), centreId));
    }

    @GetMapping(value = "/api/quality/missing-data.csv", produces = "text/csv")
    @RecordedExport("missing-data.csv")
    ResponseEntity<StreamingResponseBody> missingDataCsv(@RequestParam(required = false) String centreId) {
        List<MissingData.Row> rows = MissingData.of(cases(Requesters.required(), centreId));
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            MissingData.writeCsv(rows, writer);
            writer.flush();
        };
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"missing-data.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
    }

    private List<CaseSummary> cases(Requester requester, String centreId) {
        if (centreId != null && !requester.seesCasesOf(centreId)) {
            throw CentreScope.refused("centreId", "cases only of the centres you are granted " + requester.centres());
        }
        List<CaseSummary> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            CasePage cases = queries.query(new ListCases(centreId, null, null, false, page, PAGE, requester.caseScope()), CasePage.class)
                    .join();
            all.addAll(cases.content());
            if ((long) (page + 1) * PAGE >= cases.totalElements()) return all;
        }
    }

    /** A clinician's worklist is of the centres they write for; others see the cases they may read. Cases entered in error are left out. */
    private static CaseScope scopeOf(Requester requester) {
        return requester.is(Role.CLINICIAN) ? CaseScope.of(requester.writesFor()) : requester.caseScope();
    }

    private List<CaseSummary> openCases(CaseScope scope) {
        List<CaseSummary> open = new ArrayList<>();
        for (int page = 0; ; page++) {
            CasePage cases = queries.query(new ListCases(null, null, null, false, page, PAGE, scope), CasePage.class).join();
            cases.content().stream().filter(summary -> !summary.closed()).forEach(open::add);
            if ((long) (page + 1) * PAGE >= cases.totalElements()) return open;
        }
    }
}
