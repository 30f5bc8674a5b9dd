package io.boneregistry.app.admin;

import io.boneregistry.api.guideline.ReEvaluateGuideline;
import io.boneregistry.app.security.CentreScoped;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code POST /api/admin/guideline/re-evaluation}: after an upgrade that changed how a rule reads
 * (its strength, the cases it applies to), a registry manager has every case read the rules again;
 * each case records a new evaluation only of the entries whose judgement changed, so conformance
 * counts the rules as they now read and the history keeps what was said before. Answers how many
 * cases were read and how many evaluations recorded. One case at a time: about as long as the
 * cases' first reading took.
 */
@RestController
@CentreScoped(CentreScoped.Scope.REGISTRY)
class GuidelineReEvaluationController {

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;

    GuidelineReEvaluationController(CommandGateway commands, JdbcTemplate jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    @PostMapping("/api/admin/guideline/re-evaluation")
    ReEvaluation reEvaluate() {
        List<String> cases = jdbc.queryForList(
                "SELECT aggregateIdentifier FROM DomainEventEntry WHERE sequenceNumber = 0 ORDER BY globalIndex", String.class);
        int recorded = 0;
        for (String caseId : cases) {
            Integer evaluations = commands.sendAndWait(new ReEvaluateGuideline(caseId));
            recorded += evaluations;
        }
        return new ReEvaluation(cases.size(), recorded);
    }

    record ReEvaluation(int cases, int evaluationsRecorded) {
    }
}
