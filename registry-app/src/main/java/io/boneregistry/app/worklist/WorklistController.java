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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
        List<DueFollowUp> due = FollowUpWorklist.due(reports.caseRows(DatasetFilter.all(), scope), properties.schedule(), today);
        List<CaseSummary> open = openCases(scope);
        Map<CaseStage, Integer> byStage = new EnumMap<>(CaseStage.class);
        open.forEach(summary -> byStage.merge(summary.stage(), 1, Integer::sum));
        List<StatusGrid.Row> grid = StatusGrid.of(open, queries.query(new FindConformanceEvaluations(null, null, null, scope),
                ConformanceEvaluations.class).join().evaluations());
        return new Worklist(today, properties.schedule(), due, byStage, grid);
    }

    /** A clinician's worklist is of the centres they write for; others see the cases they may read. */
    private static CaseScope scopeOf(Requester requester) {
        return requester.is(Role.CLINICIAN) ? CaseScope.of(requester.writesFor()) : requester.caseScope();
    }

    private List<CaseSummary> openCases(CaseScope scope) {
        List<CaseSummary> open = new ArrayList<>();
        for (int page = 0; ; page++) {
            CasePage cases = queries.query(new ListCases(null, null, page, PAGE, scope), CasePage.class).join();
            cases.content().stream().filter(summary -> !summary.closed()).forEach(open::add);
            if ((long) (page + 1) * PAGE >= cases.totalElements()) return open;
        }
    }
}
